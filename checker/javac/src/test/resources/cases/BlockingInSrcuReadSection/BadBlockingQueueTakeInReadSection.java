import static dev.pincheck.runtime.Srcu.*;

import dev.pincheck.runtime.Srcu;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

class BadBlockingQueueTakeInReadSection {
  private final Srcu srcu = new Srcu("inbox");
  private final BlockingQueue<Integer> inbox = new LinkedBlockingQueue<>();

  int next() throws InterruptedException {
    int idx = srcuReadLock(srcu);
    try {
      // BUG: Diagnostic contains: BlockingInSrcuReadSection
      return inbox.take();
    } finally {
      srcuReadUnlock(srcu, idx);
    }
  }
}

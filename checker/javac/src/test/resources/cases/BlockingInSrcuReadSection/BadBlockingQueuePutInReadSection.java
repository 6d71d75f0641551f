import static dev.pincheck.runtime.Srcu.*;

import dev.pincheck.runtime.Srcu;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

class BadBlockingQueuePutInReadSection {
  private final Srcu srcu = new Srcu("log");
  private final BlockingQueue<String> out = new ArrayBlockingQueue<>(16);

  void publish(String line) throws InterruptedException {
    int idx = srcuReadLock(srcu);
    try {
      // BUG: Diagnostic contains: BlockingInSrcuReadSection
      out.put(line);
    } finally {
      srcuReadUnlock(srcu, idx);
    }
  }
}

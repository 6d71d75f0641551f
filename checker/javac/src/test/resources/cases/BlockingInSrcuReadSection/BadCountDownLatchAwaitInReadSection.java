import static dev.pincheck.runtime.Srcu.*;

import dev.pincheck.runtime.Srcu;
import java.util.concurrent.CountDownLatch;

class BadCountDownLatchAwaitInReadSection {
  private final Srcu srcu = new Srcu("startup");
  private final CountDownLatch started = new CountDownLatch(1);

  void awaitStarted() throws InterruptedException {
    int idx = srcuReadLock(srcu);
    try {
      // BUG: Diagnostic contains: BlockingInSrcuReadSection
      started.await();
    } finally {
      srcuReadUnlock(srcu, idx);
    }
  }
}

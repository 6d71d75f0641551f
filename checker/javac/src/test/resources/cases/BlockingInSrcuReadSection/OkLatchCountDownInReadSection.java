import static dev.pincheck.runtime.Srcu.*;

import dev.pincheck.runtime.Srcu;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;

/** countDown, tryAcquire and release never wait. */
class OkLatchCountDownInReadSection {
  private final Srcu srcu = new Srcu("startup");
  private final CountDownLatch started = new CountDownLatch(1);
  private final Semaphore slots = new Semaphore(4);

  void markStarted() {
    int idx = srcuReadLock(srcu);
    started.countDown();
    if (slots.tryAcquire()) {
      slots.release();
    }
    srcuReadUnlock(srcu, idx);
  }
}

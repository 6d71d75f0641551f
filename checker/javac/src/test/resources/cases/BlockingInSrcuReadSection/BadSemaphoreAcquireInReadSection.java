import static dev.pincheck.runtime.Srcu.*;

import dev.pincheck.runtime.Srcu;
import java.util.concurrent.Semaphore;

class BadSemaphoreAcquireInReadSection {
  private final Srcu srcu = new Srcu("slots");
  private final Semaphore slots = new Semaphore(4);

  void useSlot() throws InterruptedException {
    int idx = srcuReadLock(srcu);
    try {
      // BUG: Diagnostic contains: BlockingInSrcuReadSection
      slots.acquire();
      slots.release();
    } finally {
      srcuReadUnlock(srcu, idx);
    }
  }
}

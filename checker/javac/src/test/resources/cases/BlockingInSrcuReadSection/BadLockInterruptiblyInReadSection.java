import static dev.pincheck.runtime.Srcu.*;

import dev.pincheck.runtime.Srcu;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;

/** lockInterruptibly waits like lock does; it can only be cut short by an interrupt. */
class BadLockInterruptiblyInReadSection {
  private final Srcu srcu = new Srcu("cache");
  private final Lock lock = new ReentrantLock();
  private long hits;

  void hit() throws InterruptedException {
    int idx = srcuReadLock(srcu);
    try {
      // BUG: Diagnostic contains: BlockingInSrcuReadSection
      lock.lockInterruptibly();
      hits++;
      lock.unlock();
    } finally {
      srcuReadUnlock(srcu, idx);
    }
  }
}

import static dev.pincheck.runtime.Srcu.*;

import dev.pincheck.runtime.Srcu;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;

class BadLockLockInReadSection {
  private final Srcu srcu = new Srcu("cache");
  private final Lock lock = new ReentrantLock();
  private long hits;

  void hit() {
    int idx = srcuReadLock(srcu);
    // BUG: Diagnostic contains: BlockingInSrcuReadSection
    lock.lock();
    try {
      hits++;
    } finally {
      lock.unlock();
    }
    srcuReadUnlock(srcu, idx);
  }
}

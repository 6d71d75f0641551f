import static dev.pincheck.runtime.Srcu.*;

import dev.pincheck.runtime.Srcu;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;

/** Near miss of BadLockLockInReadSection: the lock is taken before the section opens. */
class OkLockBeforeReadSection {
  private final Srcu srcu = new Srcu("cache");
  private final Lock lock = new ReentrantLock();
  private long hits;

  void hit() {
    lock.lock();
    try {
      int idx = srcuReadLock(srcu);
      hits++;
      srcuReadUnlock(srcu, idx);
    } finally {
      lock.unlock();
    }
  }
}

import static dev.pincheck.runtime.Srcu.*;

import dev.pincheck.runtime.Srcu;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;

/** tryLock never waits: it is the non-blocking way to take a lock inside a reader. */
class OkTryLockInReadSection {
  private final Srcu srcu = new Srcu("cache");
  private final Lock lock = new ReentrantLock();
  private long hits;

  boolean hit() {
    int idx = srcuReadLock(srcu);
    try {
      if (!lock.tryLock()) {
        return false;
      }
      try {
        hits++;
        return true;
      } finally {
        lock.unlock();
      }
    } finally {
      srcuReadUnlock(srcu, idx);
    }
  }
}

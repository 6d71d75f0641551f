import static dev.pincheck.runtime.Srcu.*;

import dev.pincheck.runtime.Srcu;
import java.util.concurrent.locks.StampedLock;

/** StampedLock.writeLock waits for readers and writers: a sleep inside the read section. */
class BadStampedLockWriteLockInSection {
  private final Srcu srcu = new Srcu("table");
  private final StampedLock lock = new StampedLock();

  void update() {
    int idx = srcuReadLock(srcu);
    try {
      // BUG: Diagnostic contains: BlockingInSrcuReadSection
      long stamp = lock.writeLock();
      lock.unlockWrite(stamp);
    } finally {
      srcuReadUnlock(srcu, idx);
    }
  }
}

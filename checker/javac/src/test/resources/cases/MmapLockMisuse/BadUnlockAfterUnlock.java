import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;

/** The second unlock releases a lock this method no longer holds. */
class BadUnlockAfterUnlock {
  private volatile long reads;

  void read(Mm mm) {
    mmapReadLock(mm);
    reads++;
    mmapReadUnlock(mm);
    // BUG: Diagnostic contains: MmapLockMisuse
    mmapReadUnlock(mm);
  }
}

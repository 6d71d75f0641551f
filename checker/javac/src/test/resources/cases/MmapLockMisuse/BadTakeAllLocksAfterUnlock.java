import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;

/** The method released the mmap lock itself before taking all locks. */
class BadTakeAllLocksAfterUnlock {
  private volatile long generation;

  void bumpThenFreeze(Mm mm) {
    mmapWriteLock(mm);
    generation++;
    mmapWriteUnlock(mm);
    // BUG: Diagnostic contains: MmapLockMisuse
    mmTakeAllLocks(mm);
    mmDropAllLocks(mm);
  }
}

import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;

/** Taking all locks again before dropping them deadlocks on the first one. */
class BadTakeAllLocksTwice {
  void freezeTwice(Mm mm, boolean again) {
    mmapWriteLock(mm);
    mmTakeAllLocks(mm);
    if (again) {
      // BUG: Diagnostic contains: MmapLockMisuse
      mmTakeAllLocks(mm);
    }
    mmDropAllLocks(mm);
    mmapWriteUnlock(mm);
  }
}

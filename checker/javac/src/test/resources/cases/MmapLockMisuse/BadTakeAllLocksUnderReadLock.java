import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;

/** mm_take_all_locks needs the mmap lock for write. */
class BadTakeAllLocksUnderReadLock {
  void freeze(Mm mm) {
    mmapReadLock(mm);
    // BUG: Diagnostic contains: MmapLockMisuse
    mmTakeAllLocks(mm);
    mmDropAllLocks(mm);
    mmapReadUnlock(mm);
  }
}

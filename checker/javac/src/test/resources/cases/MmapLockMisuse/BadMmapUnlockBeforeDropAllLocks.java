import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;

/** mm_all_locks is nested in the mmap lock: the VMA list may change under it. */
class BadMmapUnlockBeforeDropAllLocks {
  void freeze(Mm mm) {
    mmapWriteLock(mm);
    mmTakeAllLocks(mm);
    // BUG: Diagnostic contains: MmapLockMisuse
    mmapWriteUnlock(mm);
    mmDropAllLocks(mm);
  }
}

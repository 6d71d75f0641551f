import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;

/** mm_take_all_locks BUG_ONs unless the mmap lock is held for write. */
class BadTakeAllLocksWithoutMmapLock {
  static void freeze() {
    Mm mm = mmAlloc();
    // BUG: Diagnostic contains: MmapLockMisuse
    mmTakeAllLocks(mm);
    mmDropAllLocks(mm);
    mmput(mm);
  }
}

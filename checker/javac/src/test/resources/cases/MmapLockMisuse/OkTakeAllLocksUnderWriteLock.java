import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;

/** Near miss of BadTakeAllLocksWithoutMmapLock and BadMmapUnlockBeforeDropAllLocks. */
class OkTakeAllLocksUnderWriteLock {
  static void freeze() {
    Mm mm = mmAlloc();
    mmapWriteLock(mm);
    mmTakeAllLocks(mm);
    mmDropAllLocks(mm);
    mmapWriteUnlock(mm);
    mmput(mm);
  }
}

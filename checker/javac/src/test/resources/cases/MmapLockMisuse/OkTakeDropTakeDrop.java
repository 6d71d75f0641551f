import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;

/** Near miss of BadTakeAllLocksTwice: dropped in between. */
class OkTakeDropTakeDrop {
  void freezeTwice(Mm mm, boolean again) {
    mmapWriteLock(mm);
    mmTakeAllLocks(mm);
    mmDropAllLocks(mm);
    if (again) {
      mmTakeAllLocks(mm);
      mmDropAllLocks(mm);
    }
    mmapWriteUnlock(mm);
  }
}

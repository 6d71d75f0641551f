import static dev.pincheck.runtime.Mm.*;
import static dev.pincheck.runtime.MmuNotifier.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.MmuNotifier;
import dev.pincheck.runtime.Task;

/** Near miss of BadRegisterLockedWithoutLock: the local mm is locked for write first. */
class OkRegisterLockedOnTaskMmUnderWriteLock {
  static boolean attach(MmuNotifier mn, Task task) {
    Mm mm = getTaskMm(task);
    if (mm == null) {
      return false;
    }
    mmapWriteLock(mm);
    mmuNotifierRegisterLocked(mn, mm);
    mmapWriteUnlock(mm);
    mmput(mm);
    return true;
  }
}

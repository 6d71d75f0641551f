import static dev.pincheck.runtime.Mm.*;
import static dev.pincheck.runtime.MmuNotifier.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.MmuNotifier;
import dev.pincheck.runtime.Task;

/** __mmu_notifier_register on an mm this method obtained and never locked. */
class BadRegisterLockedWithoutLock {
  static boolean attach(MmuNotifier mn, Task task) {
    Mm mm = getTaskMm(task);
    if (mm == null) {
      return false;
    }
    // BUG: Diagnostic contains: MmapLockMisuse
    mmuNotifierRegisterLocked(mn, mm);
    mmput(mm);
    return true;
  }
}

import static dev.pincheck.runtime.Mm.*;
import static dev.pincheck.runtime.MmuNotifier.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.MmuNotifier;
import dev.pincheck.runtime.Task;

/** mm_users traded for mm_count, then a registration: the mm may be exiting now. */
class BadRegisterOnMmOnlyGrabbed {
  void attachLater(MmuNotifier mn, Task task) {
    Mm mm = getTaskMm(task);
    if (mm == null) {
      return;
    }
    mmgrab(mm);
    mmput(mm);
    // BUG: Diagnostic contains: RegisterWithoutUsersPin
    mmuNotifierRegister(mn, mm);
    mmdrop(mm);
  }
}

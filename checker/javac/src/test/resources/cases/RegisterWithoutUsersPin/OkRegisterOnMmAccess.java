import static dev.pincheck.runtime.Mm.*;
import static dev.pincheck.runtime.MmuNotifier.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.MmuNotifier;
import dev.pincheck.runtime.Task;

/** mm_access returns the mm with mm_users taken, like get_task_mm. */
class OkRegisterOnMmAccess {
  boolean attach(MmuNotifier mn, Task task) {
    Mm mm = mmAccess(task, PTRACE_MODE_ATTACH_REALCREDS);
    if (mm == null) {
      return false;
    }
    try {
      mmuNotifierRegister(mn, mm);
      return true;
    } finally {
      mmput(mm);
    }
  }
}

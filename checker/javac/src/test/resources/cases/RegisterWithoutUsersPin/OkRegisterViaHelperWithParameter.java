import static dev.pincheck.runtime.Mm.*;
import static dev.pincheck.runtime.MmuNotifier.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.MmuNotifier;
import dev.pincheck.runtime.Task;

/** The helper registers on its parameter; the caller holds the mm_users pin meanwhile. */
class OkRegisterViaHelperWithParameter {
  private static void hook(MmuNotifier mn, Mm mm) {
    mmuNotifierRegister(mn, mm);
  }

  void attach(MmuNotifier mn, Task task) {
    Mm mm = getTaskMm(task);
    if (mm == null) {
      return;
    }
    hook(mn, mm);
    mmput(mm);
  }
}

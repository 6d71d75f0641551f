import static dev.pincheck.runtime.Mm.*;
import static dev.pincheck.runtime.MmuNotifier.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.MmuNotifier;
import dev.pincheck.runtime.Task;

/** Near miss of BadRegisterAfterMmput: register first, then give the pin back. */
class OkRegisterOnTaskMm {
  void attach(MmuNotifier mn, Task task) {
    Mm mm = getTaskMm(task);
    if (mm == null) {
      return;
    }
    mmuNotifierRegister(mn, mm);
    mmput(mm);
  }
}

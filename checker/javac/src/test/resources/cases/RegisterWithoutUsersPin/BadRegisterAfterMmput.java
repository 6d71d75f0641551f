import static dev.pincheck.runtime.Mm.*;
import static dev.pincheck.runtime.MmuNotifier.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.MmuNotifier;
import dev.pincheck.runtime.Task;

/** The pin is given back before the registration it was taken for. */
class BadRegisterAfterMmput {
  private volatile long users;

  void attach(MmuNotifier mn, Task task) {
    Mm mm = getTaskMm(task);
    if (mm == null) {
      return;
    }
    users = mm.users();
    mmput(mm);
    // BUG: Diagnostic contains: RegisterWithoutUsersPin
    mmuNotifierRegister(mn, mm);
  }
}

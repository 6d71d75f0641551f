import static dev.pincheck.runtime.Mm.*;
import static dev.pincheck.runtime.MmuNotifier.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.MmuNotifier;
import dev.pincheck.runtime.Task;

/** The try/finally around the preparation drops the pin; the registration comes after it. */
class BadRegisterAfterFinallyPut {
  private volatile boolean prepared;

  void attach(MmuNotifier mn, Task task) {
    Mm mm = getTaskMm(task);
    if (mm == null) {
      return;
    }
    try {
      prepared = mm.users() > 0;
    } finally {
      mmput(mm);
    }
    // BUG: Diagnostic contains: RegisterWithoutUsersPin
    mmuNotifierRegister(mn, mm);
  }
}

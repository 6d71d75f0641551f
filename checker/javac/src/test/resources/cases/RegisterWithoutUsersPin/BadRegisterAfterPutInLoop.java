import static dev.pincheck.runtime.Mm.*;
import static dev.pincheck.runtime.MmuNotifier.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.MmuNotifier;
import dev.pincheck.runtime.Task;

/** Each iteration gives its pin back before registering. */
class BadRegisterAfterPutInLoop {
  private long seen;

  void attachAll(Task[] tasks, MmuNotifier[] notifiers) {
    for (int i = 0; i < tasks.length; i++) {
      Mm mm = getTaskMm(tasks[i]);
      if (mm == null) {
        continue;
      }
      seen += mm.users();
      mmput(mm);
      // BUG: Diagnostic contains: RegisterWithoutUsersPin
      mmuNotifierRegister(notifiers[i], mm);
    }
  }
}

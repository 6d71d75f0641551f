import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.Task;

/** The lambda body stores a get_task_mm reference in a holder object. */
class BadStoreInLambda {
  static final class Holder {
    Mm mm;
  }

  static Runnable binder(Holder holder, Task task) {
    return () -> {
      Mm mm = getTaskMm(task);
      if (mm != null) {
        // BUG: Diagnostic contains: LongTermUsersPin
        holder.mm = mm;
      }
    };
  }
}

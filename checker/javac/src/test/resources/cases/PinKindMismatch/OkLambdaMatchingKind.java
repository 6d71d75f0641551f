import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.Task;
import java.util.function.IntSupplier;

/** The lambda body pins mm_users and drops mm_users. */
class OkLambdaMatchingKind {
  static IntSupplier counter(Task task) {
    return () -> {
      Mm mm = getTaskMm(task);
      if (mm == null) {
        return 0;
      }
      mmput(mm);
      return 1;
    };
  }
}

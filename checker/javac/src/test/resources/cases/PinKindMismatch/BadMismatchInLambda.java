import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.Task;
import java.util.function.IntSupplier;

/** The lambda body pins mm_users and drops mm_count. */
class BadMismatchInLambda {
  static IntSupplier counter(Task task) {
    return () -> {
      Mm mm = getTaskMm(task);
      if (mm == null) {
        return 0;
      }
      // BUG: Diagnostic contains: PinKindMismatch
      mmdrop(mm);
      return 1;
    };
  }
}

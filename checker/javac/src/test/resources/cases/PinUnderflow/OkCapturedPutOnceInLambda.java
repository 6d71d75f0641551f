import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.Task;

/** The captured pin is handed to the lambda, which drops it once. */
class OkCapturedPutOnceInLambda {
  static Runnable deferredPut(Task task) {
    Mm mm = getTaskMm(task);
    if (mm == null) {
      return () -> {};
    }
    return () -> mmput(mm);
  }
}

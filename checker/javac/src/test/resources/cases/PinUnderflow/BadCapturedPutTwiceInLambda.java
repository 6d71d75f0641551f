import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.Task;

/** The captured pin is handed to the lambda once; its body drops it twice. */
class BadCapturedPutTwiceInLambda {
  static Runnable deferredPut(Task task) {
    Mm mm = getTaskMm(task);
    if (mm == null) {
      return () -> {};
    }
    return () -> {
      mmput(mm);
      // BUG: Diagnostic contains: PinUnderflow
      mmput(mm);
    };
  }
}

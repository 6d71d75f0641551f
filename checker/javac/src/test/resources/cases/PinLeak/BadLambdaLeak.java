import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.Task;

/** The lambda body is checked on its own: it pins the mm and never drops it. */
class BadLambdaLeak {
  static Runnable sampler(Task task, long[] samples) {
    return () -> {
      // BUG: Diagnostic contains: PinLeak
      Mm mm = getTaskMm(task);
      if (mm != null) {
        samples[0]++;
      }
    };
  }
}

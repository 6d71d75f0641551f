import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.Task;

/** The lambda body pins and drops within itself. */
class OkLambdaPuts {
  static Runnable sampler(Task task, long[] samples) {
    return () -> {
      Mm mm = getTaskMm(task);
      if (mm != null) {
        samples[0]++;
        mmput(mm);
      }
    };
  }
}

import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.Task;

/** finish drops the pin (inferred @Releases); the caller does not drop it again. */
class OkHelperReleasesOnly {
  static void finish(Mm mm, long[] stats) {
    stats[0]++;
    mmput(mm);
  }

  static void sample(Task task, long[] stats) {
    Mm mm = getTaskMm(task);
    if (mm == null) {
      return;
    }
    finish(mm, stats);
  }
}

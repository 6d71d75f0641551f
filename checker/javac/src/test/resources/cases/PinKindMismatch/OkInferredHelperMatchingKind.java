import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.Task;

/** releaseMm drops mm_users (inferred @Releases(USERS)), matching the get_task_mm pin. */
class OkInferredHelperMatchingKind {
  static void releaseMm(Mm mm) {
    mmput(mm);
  }

  static void sample(Task task, long[] stats) {
    Mm mm = getTaskMm(task);
    if (mm == null) {
      return;
    }
    stats[0]++;
    releaseMm(mm);
  }
}

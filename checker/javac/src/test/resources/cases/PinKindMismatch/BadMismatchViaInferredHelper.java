import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.Task;

/** releaseMm drops mm_count (inferred @Releases(COUNT)); it is given a get_task_mm pin. */
class BadMismatchViaInferredHelper {
  static void releaseMm(Mm mm) {
    mmdrop(mm);
  }

  static void sample(Task task, long[] stats) {
    Mm mm = getTaskMm(task);
    if (mm == null) {
      return;
    }
    stats[0]++;
    // BUG: Diagnostic contains: PinKindMismatch
    releaseMm(mm);
  }
}

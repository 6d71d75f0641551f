import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.Task;

/** The copy still carries only the mm_users pin of get_task_mm. */
class BadMismatchThroughAlias {
  static void sample(Task task, long[] stats) {
    Mm mm = getTaskMm(task);
    if (mm == null) {
      return;
    }
    Mm owner = mm;
    stats[0]++;
    // BUG: Diagnostic contains: PinKindMismatch
    mmdrop(owner);
  }
}

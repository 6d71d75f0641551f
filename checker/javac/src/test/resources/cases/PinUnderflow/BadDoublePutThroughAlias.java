import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.Task;

/** A local copy is the same mm: putting both drops the one pin twice. */
class BadDoublePutThroughAlias {
  static void sample(Task task, long[] stats) {
    Mm mm = getTaskMm(task);
    if (mm == null) {
      return;
    }
    Mm owner = mm;
    stats[0]++;
    mmput(owner);
    // BUG: Diagnostic contains: PinUnderflow
    mmput(mm);
  }
}

import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.Task;

/** One mmgrab, two mmdrop calls: the second frees a struct someone else still pins. */
class BadDoubleMmdropAfterGrab {
  static void sample(Task task, long[] stats) {
    Mm mm = getTaskMm(task);
    if (mm == null) {
      return;
    }
    mmgrab(mm);
    mmput(mm);
    stats[0]++;
    mmdrop(mm);
    // BUG: Diagnostic contains: PinUnderflow
    mmdrop(mm);
  }
}

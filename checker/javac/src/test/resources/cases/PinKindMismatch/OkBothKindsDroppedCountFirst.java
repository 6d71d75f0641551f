import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.Task;

/** Holding both pins, mmdrop is fine: it drops the mmgrab, and mmput drops get_task_mm's. */
class OkBothKindsDroppedCountFirst {
  static void sample(Task task, long[] stats) {
    Mm mm = getTaskMm(task);
    if (mm == null) {
      return;
    }
    mmgrab(mm);
    stats[0]++;
    mmdrop(mm);
    mmput(mm);
  }
}

import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.Task;

/** get_task_mm, mmgrab, mmput, mmdrop: each kind is dropped exactly once. */
class OkGrabPutDrop {
  static void sample(Task task, long[] stats) {
    Mm mm = getTaskMm(task);
    if (mm == null) {
      return;
    }
    mmgrab(mm);
    mmput(mm);
    stats[0]++;
    mmdrop(mm);
  }
}

import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.Task;

/** A get_task_mm pin is dropped with mmput. */
class OkMmputOfGetTaskMm {
  static int countMaps(Task task) {
    Mm mm = getTaskMm(task);
    if (mm == null) {
      return 0;
    }
    int n = mm.hashCode() & 7;
    mmput(mm);
    return n;
  }
}

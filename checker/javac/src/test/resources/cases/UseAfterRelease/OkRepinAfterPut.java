import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.Task;

/** Hold mm_count across a sleep, re-take mm_users with mmget_not_zero before unmapping. */
class OkRepinAfterPut {
  static void shrinkLater(Task task, long start, long length) {
    Mm mm = getTaskMm(task);
    if (mm == null) {
      return;
    }
    mmgrab(mm);
    mmput(mm);
    if (mmgetNotZero(mm)) {
      munmap(mm, start, length);
      mmput(mm);
    }
    mmdrop(mm);
  }
}

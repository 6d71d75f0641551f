import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.Task;

/** Whichever branch of the ternary pinned the mm, every later path drops it. */
class OkTernaryAcquire {
  static int touch(Task task, boolean remote, int mode) {
    Mm mm = remote ? mmAccess(task, mode) : getTaskMm(task);
    if (mm == null) {
      return -1;
    }
    if (mode == 0) {
      mmput(mm);
      return 0;
    }
    mmput(mm);
    return 1;
  }
}

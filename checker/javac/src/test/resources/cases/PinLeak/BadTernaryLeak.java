import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.Task;

/** Either branch of the ternary pins mm_users; the mode-0 return forgets it. */
class BadTernaryLeak {
  static int touch(Task task, boolean remote, int mode) {
    // BUG: Diagnostic contains: PinLeak
    Mm mm = remote ? mmAccess(task, mode) : getTaskMm(task);
    if (mm == null) {
      return -1;
    }
    if (mode == 0) {
      return 0;
    }
    mmput(mm);
    return 1;
  }
}

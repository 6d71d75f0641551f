import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.Task;

/** Every arm drops the mm_users pin, synchronously or not. */
class OkSwitchArmsMatchingKind {
  static int control(Task task, int cmd) {
    Mm mm = getTaskMm(task);
    if (mm == null) {
      return -3;
    }
    switch (cmd) {
      case 0 -> mmput(mm);
      case 1 -> mmput(mm);
      default -> mmputAsync(mm);
    }
    return cmd;
  }
}

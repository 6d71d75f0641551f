import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.Task;

/** One arm of the switch uses mmdrop where the others use mmput. */
class BadMismatchOnOneSwitchArm {
  static int control(Task task, int cmd) {
    Mm mm = getTaskMm(task);
    if (mm == null) {
      return -3;
    }
    switch (cmd) {
      case 0 -> mmput(mm);
      // BUG: Diagnostic contains: PinKindMismatch
      case 1 -> mmdrop(mm);
      default -> mmputAsync(mm);
    }
    return cmd;
  }
}

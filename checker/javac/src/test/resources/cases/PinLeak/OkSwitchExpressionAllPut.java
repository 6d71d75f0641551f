import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.Task;

/** The switch expression only computes; the pin is dropped once after it. */
class OkSwitchExpressionAllPut {
  static String describe(Task task, int mode) {
    Mm mm = getTaskMm(task);
    if (mm == null) {
      return "none";
    }
    String state = switch (mode) {
      case 0 -> "idle";
      case 1 -> "busy";
      default -> "unknown";
    };
    mmput(mm);
    return state;
  }
}

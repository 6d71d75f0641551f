import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.Task;

/** Every arm of the switch expression but the default drops the pin. */
class BadSwitchExpressionLeak {
  static String describe(Task task, int mode) {
    // BUG: Diagnostic contains: PinLeak
    Mm mm = getTaskMm(task);
    if (mm == null) {
      return "none";
    }
    return switch (mode) {
      case 0 -> {
        mmput(mm);
        yield "idle";
      }
      case 1 -> {
        mmput(mm);
        yield "busy";
      }
      default -> "unknown";
    };
  }
}

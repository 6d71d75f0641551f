import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.Task;

/** The -EINVAL default case returns without mmput. */
class BadSwitchStatementLeak {
  static int vmStat(Task task, int item) {
    // BUG: Diagnostic contains: PinLeak
    Mm mm = getTaskMm(task);
    if (mm == null) {
      return -3;
    }
    int value;
    switch (item) {
      case 0:
        value = 10;
        break;
      case 1:
        value = 20;
        break;
      default:
        return -22;
    }
    mmput(mm);
    return value;
  }
}

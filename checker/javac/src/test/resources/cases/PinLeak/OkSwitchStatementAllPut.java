import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.Task;

/** The -EINVAL case drops the pin before returning. */
class OkSwitchStatementAllPut {
  static int vmStat(Task task, int item) {
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
        mmput(mm);
        return -22;
    }
    mmput(mm);
    return value;
  }
}

import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.Task;

/** A missing break: case 1 falls through into case 2's mmput. */
class BadSwitchFallthroughDoublePut {
  static void control(Task task, int cmd, long[] stats) {
    Mm mm = getTaskMm(task);
    if (mm == null) {
      return;
    }
    switch (cmd) {
      case 1:
        stats[0]++;
        mmput(mm);
      case 2:
        stats[1]++;
        // BUG: Diagnostic contains: PinUnderflow
        mmput(mm);
        break;
      default:
        mmput(mm);
    }
  }
}

import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.Task;

/** Every case breaks after its own mmput. */
class OkSwitchWithBreaks {
  static void control(Task task, int cmd, long[] stats) {
    Mm mm = getTaskMm(task);
    if (mm == null) {
      return;
    }
    switch (cmd) {
      case 1:
        stats[0]++;
        mmput(mm);
        break;
      case 2:
        stats[1]++;
        mmput(mm);
        break;
      default:
        mmput(mm);
    }
  }
}

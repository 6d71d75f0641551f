import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.Task;

/** The pin is dropped once after the loop, whether or not it ended with a break. */
class OkBreakWithFlag {
  static int walk(Task task, boolean[] fatal) {
    Mm mm = getTaskMm(task);
    if (mm == null) {
      return -3;
    }
    int done = 0;
    for (int i = 0; i < fatal.length; i++) {
      if (fatal[i]) {
        break;
      }
      done++;
    }
    mmput(mm);
    return done;
  }
}

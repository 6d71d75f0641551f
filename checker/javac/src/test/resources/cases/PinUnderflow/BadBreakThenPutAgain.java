import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.Task;

/** The fatal case drops the pin and breaks out, into the mmput after the loop. */
class BadBreakThenPutAgain {
  static int walk(Task task, boolean[] fatal) {
    Mm mm = getTaskMm(task);
    if (mm == null) {
      return -3;
    }
    int done = 0;
    for (int i = 0; i < fatal.length; i++) {
      if (fatal[i]) {
        mmput(mm);
        break;
      }
      done++;
    }
    // BUG: Diagnostic contains: PinUnderflow
    mmput(mm);
    return done;
  }
}

import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.Task;

/** The error branch drops the pin and then falls through to the common exit's mmput. */
class BadDoublePutOnErrorPath {
  static int readMaps(Task task, int len) {
    Mm mm = getTaskMm(task);
    if (mm == null) {
      return -3;
    }
    int ret = 0;
    if (len <= 0) {
      mmput(mm);
      ret = -22;
    }
    // BUG: Diagnostic contains: PinUnderflow
    mmput(mm);
    return ret;
  }
}

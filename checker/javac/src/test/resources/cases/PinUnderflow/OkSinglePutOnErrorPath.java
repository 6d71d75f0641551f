import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.Task;

/** The error branch drops the pin and returns; the common exit drops it otherwise. */
class OkSinglePutOnErrorPath {
  static int readMaps(Task task, int len) {
    Mm mm = getTaskMm(task);
    if (mm == null) {
      return -3;
    }
    if (len <= 0) {
      mmput(mm);
      return -22;
    }
    mmput(mm);
    return 0;
  }
}

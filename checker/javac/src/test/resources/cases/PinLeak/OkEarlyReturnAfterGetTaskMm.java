import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.Task;

/** The early return drops the pin first (the fixed environ_read). */
class OkEarlyReturnAfterGetTaskMm {
  static int readEnviron(Task task, byte[] buf) {
    Mm mm = getTaskMm(task);
    if (mm == null) {
      return 0;
    }
    if (buf.length == 0) {
      mmput(mm);
      return 0;
    }
    int copied = copy(mm, buf);
    mmput(mm);
    return copied;
  }

  static int copy(Mm mm, byte[] buf) {
    return buf.length;
  }
}

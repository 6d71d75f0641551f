import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.Task;

/** proc environ_read shape: the early return for an empty buffer skips the mmput. */
class BadEarlyReturnAfterGetTaskMm {
  static int readEnviron(Task task, byte[] buf) {
    // BUG: Diagnostic contains: PinLeak
    Mm mm = getTaskMm(task);
    if (mm == null) {
      return 0;
    }
    if (buf.length == 0) {
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

import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.Task;

/** mmput_async on the atomic path, mmput otherwise: one drop either way. */
class OkAsyncOrSyncPut {
  static void sample(Task task, boolean atomic, long[] stats) {
    Mm mm = getTaskMm(task);
    if (mm == null) {
      return;
    }
    stats[0]++;
    if (atomic) {
      mmputAsync(mm);
    } else {
      mmput(mm);
    }
  }
}

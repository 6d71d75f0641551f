import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.Task;

/** The atomic path already handed the pin to mmput_async, then mmput runs as well. */
class BadAsyncThenSyncPut {
  static void sample(Task task, boolean atomic, long[] stats) {
    Mm mm = getTaskMm(task);
    if (mm == null) {
      return;
    }
    stats[0]++;
    if (atomic) {
      mmputAsync(mm);
    }
    // BUG: Diagnostic contains: PinUnderflow
    mmput(mm);
  }
}

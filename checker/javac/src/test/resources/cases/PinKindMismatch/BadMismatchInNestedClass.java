import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.Task;

/** A nested worker's cleanup drops the wrong counter. */
class BadMismatchInNestedClass {
  static final class Reaper {
    private final Task task;

    Reaper(Task task) {
      this.task = task;
    }

    void reap(long[] stats) {
      Mm mm = getTaskMm(task);
      if (mm == null) {
        return;
      }
      stats[0]++;
      // BUG: Diagnostic contains: PinKindMismatch
      mmdrop(mm);
    }
  }
}

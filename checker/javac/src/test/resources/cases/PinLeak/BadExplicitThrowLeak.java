import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.Task;

/** The argument check throws after get_task_mm succeeded: the pin leaves with the exception. */
class BadExplicitThrowLeak {
  static long[] snapshot(Task task, int pages) {
    // BUG: Diagnostic contains: PinLeak
    Mm mm = getTaskMm(task);
    if (mm == null) {
      throw new IllegalStateException("task has no mm");
    }
    if (pages < 0) {
      throw new IllegalArgumentException("negative page count");
    }
    long[] out = new long[pages];
    mmput(mm);
    return out;
  }
}

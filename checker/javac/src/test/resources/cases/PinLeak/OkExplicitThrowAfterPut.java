import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.Task;

/** Throwing when get_task_mm gave null holds nothing; the argument check drops the pin first. */
class OkExplicitThrowAfterPut {
  static long[] snapshot(Task task, int pages) {
    Mm mm = getTaskMm(task);
    if (mm == null) {
      throw new IllegalStateException("task has no mm");
    }
    if (pages < 0) {
      mmput(mm);
      throw new IllegalArgumentException("negative page count");
    }
    long[] out = new long[pages];
    mmput(mm);
    return out;
  }
}

import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.Task;

/** 1 == mode and mode != 1 are one test: exactly one of the two puts runs. */
class OkReversedEqualityTestsAgree {
  static void finish(Task task, int mode) {
    Mm mm = getTaskMm(task);
    if (mm == null) {
      return;
    }
    if (1 == mode) {
      mmput(mm);
    }
    if (mode != 1) {
      mmputAsync(mm);
    }
  }
}

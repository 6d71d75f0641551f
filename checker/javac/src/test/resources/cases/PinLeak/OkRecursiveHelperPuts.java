import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.Task;

/** firstMm is recursive and returns a pinned mm (inferred); the caller drops it. */
class OkRecursiveHelperPuts {
  static Mm firstMm(Task[] tasks, int i) {
    if (i >= tasks.length) {
      return null;
    }
    Mm mm = getTaskMm(tasks[i]);
    if (mm != null) {
      return mm;
    }
    return firstMm(tasks, i + 1);
  }

  static boolean anyMm(Task[] tasks) {
    Mm mm = firstMm(tasks, 0);
    if (mm == null) {
      return false;
    }
    mmput(mm);
    return true;
  }
}

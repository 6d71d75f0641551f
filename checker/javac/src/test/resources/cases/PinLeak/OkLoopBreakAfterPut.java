import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.Task;

/** The pin of the matching iteration is dropped before the break. */
class OkLoopBreakAfterPut {
  static Task findOwner(Task[] tasks, Mm target) {
    Task found = null;
    for (Task t : tasks) {
      Mm mm = getTaskMm(t);
      if (mm == null) {
        continue;
      }
      boolean match = mm == target;
      mmput(mm);
      if (match) {
        found = t;
        break;
      }
    }
    return found;
  }
}

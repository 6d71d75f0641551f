import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.Task;

/** The break that ends the search leaves the loop with the current task's mm pinned. */
class BadLoopBreakLeak {
  static Task findOwner(Task[] tasks, Mm target) {
    Task found = null;
    for (Task t : tasks) {
      // BUG: Diagnostic contains: PinLeak
      Mm mm = getTaskMm(t);
      if (mm == null) {
        continue;
      }
      if (mm == target) {
        found = t;
        break;
      }
      mmput(mm);
    }
    return found;
  }
}

import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.Task;

/** taskMm returns a pinned mm (inferred); hasMm only tests it for null and drops it on the floor. */
class BadInferredHelperLeak {
  static Mm taskMm(Task task) {
    return getTaskMm(task);
  }

  static boolean hasMm(Task task) {
    // BUG: Diagnostic contains: PinLeak
    Mm mm = taskMm(task);
    return mm != null;
  }
}

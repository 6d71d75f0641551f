import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.Task;

/** A method of a nested class is checked like any other: the pin outlives it. */
class BadNestedClassLeak {
  static final class Walker {
    private final Task task;

    Walker(Task task) {
      this.task = task;
    }

    int pages() {
      // BUG: Diagnostic contains: PinLeak
      Mm mm = getTaskMm(task);
      if (mm == null) {
        return 0;
      }
      return 1;
    }
  }
}

import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.Task;

/** A global cache of the last task's mm pins its address space indefinitely. */
class BadStoreInStaticField {
  private static Mm lastMm;

  static void remember(Task task) {
    Mm mm = getTaskMm(task);
    if (mm == null) {
      return;
    }
    // BUG: Diagnostic contains: LongTermUsersPin
    lastMm = mm;
  }
}

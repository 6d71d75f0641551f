import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.Task;

/** openMm returns an mm_users pin (inferred); the caller keeps it in a field. */
class BadStoreInferredHelperResult {
  private Mm mm;

  static Mm openMm(Task task) {
    return getTaskMm(task);
  }

  void attach(Task task) {
    // BUG: Diagnostic contains: LongTermUsersPin
    this.mm = openMm(task);
  }
}

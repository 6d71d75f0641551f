import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.Task;

/** The stored local is a copy of the pinned one: it carries the same mm_users pin. */
class BadStoreViaAlias {
  private Mm target;

  void attach(Task task) {
    Mm pinned = getTaskMm(task);
    if (pinned == null) {
      return;
    }
    Mm copy = pinned;
    // BUG: Diagnostic contains: LongTermUsersPin
    target = copy;
  }
}

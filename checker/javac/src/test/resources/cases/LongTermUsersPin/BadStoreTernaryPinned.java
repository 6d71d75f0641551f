import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.Task;

/** One branch of the ternary gives an mm_users pin, and the result is kept. */
class BadStoreTernaryPinned {
  private Mm mm;

  void attach(Task task, boolean track) {
    // BUG: Diagnostic contains: LongTermUsersPin
    this.mm = track ? getTaskMm(task) : null;
  }
}

import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.Task;

/** The field keeps the mm_count pin, but the mm_users pin from getTaskMm is never put. */
class BadGrabStoreForgetsTemporaryUsers {
  private Mm mm;

  void attach(Task task) {
    // BUG: Diagnostic contains: PinLeak
    Mm m = getTaskMm(task);
    if (m == null) {
      return;
    }
    mmgrab(m);
    this.mm = m;
  }
}

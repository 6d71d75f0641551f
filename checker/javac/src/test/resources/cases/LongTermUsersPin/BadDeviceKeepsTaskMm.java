import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.Task;

/** A device keeps the get_task_mm reference for its whole life: exit cannot tear the mm down. */
class BadDeviceKeepsTaskMm {
  private Mm mm;

  void open(Task task) {
    Mm mm = getTaskMm(task);
    if (mm == null) {
      throw new IllegalStateException("no mm");
    }
    // BUG: Diagnostic contains: LongTermUsersPin
    this.mm = mm;
  }

  void release() {
    mmput(this.mm);
  }
}

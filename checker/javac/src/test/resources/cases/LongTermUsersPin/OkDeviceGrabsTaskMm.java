import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.Task;

/** The fix: pin mm_count for the device's life and drop the get_task_mm pin at once. */
class OkDeviceGrabsTaskMm {
  private Mm mm;

  void open(Task task) {
    Mm mm = getTaskMm(task);
    if (mm == null) {
      throw new IllegalStateException("no mm");
    }
    mmgrab(mm);
    mmput(mm);
    this.mm = mm;
  }

  void release() {
    mmdrop(this.mm);
  }
}

import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.Task;

/** The device struct gets an mm_count reference. */
class OkStoreInOtherObjectGrabbed {
  static final class Device {
    Mm mm;
  }

  static void bind(Device dev, Task task) {
    Mm mm = getTaskMm(task);
    if (mm == null) {
      return;
    }
    mmgrab(mm);
    mmput(mm);
    dev.mm = mm;
  }
}

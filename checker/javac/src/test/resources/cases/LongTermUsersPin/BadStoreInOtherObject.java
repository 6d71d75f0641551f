import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.Task;

/** The pinned mm is stored in another object's field (a device struct). */
class BadStoreInOtherObject {
  static final class Device {
    Mm mm;
  }

  static void bind(Device dev, Task task) {
    Mm mm = getTaskMm(task);
    if (mm == null) {
      return;
    }
    // BUG: Diagnostic contains: LongTermUsersPin
    dev.mm = mm;
  }
}

import static dev.pincheck.annotations.Pin.USERS;
import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.annotations.Pins;
import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.Task;

/** The dying path drops the pin and returns null, which carries none. */
class OkPinsReturnDropsAndReturnsNull {
  @Pins(USERS) static Mm lookup(Task task, boolean dying) {
    Mm mm = getTaskMm(task);
    if (mm == null) {
      return null;
    }
    if (dying) {
      mmput(mm);
      return null;
    }
    return mm;
  }
}

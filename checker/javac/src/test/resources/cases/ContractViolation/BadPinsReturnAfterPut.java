import static dev.pincheck.annotations.Pin.USERS;
import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.annotations.Pins;
import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.Task;

/** Declared to return an mm_users pin, but the dying path drops it and returns the mm anyway. */
class BadPinsReturnAfterPut {
  @Pins(USERS) static Mm lookup(Task task, boolean dying) {
    Mm mm = getTaskMm(task);
    if (mm == null) {
      return null;
    }
    if (dying) {
      mmput(mm);
      // BUG: Diagnostic contains: ContractViolation
      return mm;
    }
    return mm;
  }
}

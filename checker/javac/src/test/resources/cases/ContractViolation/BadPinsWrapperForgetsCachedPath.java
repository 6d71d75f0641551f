import static dev.pincheck.annotations.Pin.USERS;
import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.annotations.Pins;
import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.Task;

/** A @Pins wrapper that pins on the slow path only: the cached mm is returned unpinned. */
class BadPinsWrapperForgetsCachedPath {
  @Pins(USERS) static Mm mmForWork(Task task, Mm cached) {
    if (cached != null) {
      // BUG: Diagnostic contains: ContractViolation
      return cached;
    }
    return getTaskMm(task);
  }
}

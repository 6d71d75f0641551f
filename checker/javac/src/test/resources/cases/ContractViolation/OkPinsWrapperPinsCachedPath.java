import static dev.pincheck.annotations.Pin.USERS;
import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.annotations.Pins;
import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.Task;

/** Both paths of the @Pins wrapper return a pinned mm (or null). */
class OkPinsWrapperPinsCachedPath {
  @Pins(USERS) static Mm mmForWork(Task task, Mm cached) {
    if (cached != null) {
      if (!mmgetNotZero(cached)) {
        return null;
      }
      return cached;
    }
    return getTaskMm(task);
  }
}

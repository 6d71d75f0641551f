import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.Task;
import java.util.Objects;

/** The checked mm is used and never put. */
class BadRequireNonNullResultNeverPut {
  static boolean touch(Task task, long address) {
    // BUG: Diagnostic contains: PinLeak
    Mm mm = Objects.requireNonNull(getTaskMm(task));
    return accessPage(mm, address);
  }
}

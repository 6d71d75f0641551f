import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.Task;
import java.util.Objects;

/** requireNonNull returns the pinned mm itself: the put through its result drops that pin. */
class OkRequireNonNullOfPinnedMm {
  static boolean touch(Task task, long address) {
    Mm mm = Objects.requireNonNull(getTaskMm(task), "task has no mm");
    try {
      return accessPage(mm, address);
    } finally {
      mmput(mm);
    }
  }
}

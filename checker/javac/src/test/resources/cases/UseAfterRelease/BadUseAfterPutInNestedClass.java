import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.Task;

/** A nested ager class drops its pin before clearing the young bit. */
class BadUseAfterPutInNestedClass {
  static final class Ager {
    boolean age(Task task, long address) {
      Mm mm = getTaskMm(task);
      if (mm == null) {
        return false;
      }
      mmput(mm);
      // BUG: Diagnostic contains: UseAfterRelease
      return ptepClearYoungNotify(mm, address);
    }
  }
}

import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.Task;

/** get_task_mm gives mm_users; mmdrop drops mm_count instead and the address space stays. */
class BadMmdropOfGetTaskMm {
  static int countMaps(Task task) {
    Mm mm = getTaskMm(task);
    if (mm == null) {
      return 0;
    }
    int n = mm.hashCode() & 7;
    // BUG: Diagnostic contains: PinKindMismatch
    mmdrop(mm);
    return n;
  }
}

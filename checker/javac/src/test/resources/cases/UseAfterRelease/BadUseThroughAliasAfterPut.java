import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.Task;

/** Dropping through one name releases the mm seen through the other. */
class BadUseThroughAliasAfterPut {
  static boolean probe(Task task, long address) {
    Mm mm = getTaskMm(task);
    if (mm == null) {
      return false;
    }
    Mm owner = mm;
    mmput(owner);
    // BUG: Diagnostic contains: UseAfterRelease
    return accessPage(mm, address);
  }
}

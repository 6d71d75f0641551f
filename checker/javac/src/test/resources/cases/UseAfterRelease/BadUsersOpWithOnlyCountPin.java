import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.Task;

/** mm_count keeps the struct, not the address space: unmapping needs mm_users. */
class BadUsersOpWithOnlyCountPin {
  static void shrink(Task task, long start, long length) {
    Mm mm = getTaskMm(task);
    if (mm == null) {
      return;
    }
    mmgrab(mm);
    mmput(mm);
    // BUG: Diagnostic contains: UseAfterRelease
    munmap(mm, start, length);
    mmdrop(mm);
  }
}

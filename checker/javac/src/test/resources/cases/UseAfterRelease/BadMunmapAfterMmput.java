import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.Task;

/** The mm_users pin is dropped before the unmap: the address space may already be gone. */
class BadMunmapAfterMmput {
  static void shrink(Task task, long start, long length) {
    Mm mm = getTaskMm(task);
    if (mm == null) {
      return;
    }
    mmput(mm);
    // BUG: Diagnostic contains: UseAfterRelease
    munmap(mm, start, length);
  }
}

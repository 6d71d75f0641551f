import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.Task;

/** Unmap while the mm_users pin is held, then drop it. */
class OkMunmapBeforeMmput {
  static void shrink(Task task, long start, long length) {
    Mm mm = getTaskMm(task);
    if (mm == null) {
      return;
    }
    munmap(mm, start, length);
    mmput(mm);
  }
}

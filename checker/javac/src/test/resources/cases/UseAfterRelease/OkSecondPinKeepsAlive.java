import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.Task;

/** Two mm_users pins: after the first mmput the second still keeps the address space. */
class OkSecondPinKeepsAlive {
  static void shrink(Task task, long start, long length) {
    Mm mm = getTaskMm(task);
    if (mm == null) {
      return;
    }
    mmget(mm);
    mmput(mm);
    munmap(mm, start, length);
    mmput(mm);
  }
}

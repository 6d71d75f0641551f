import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.Task;

/** After mmput the mmgrab still keeps the struct, so its mmap lock may be taken. */
class OkCountOpKeptAliveByGrab {
  static void inspect(Task task, long[] stats) {
    Mm mm = getTaskMm(task);
    if (mm == null) {
      return;
    }
    mmgrab(mm);
    mmput(mm);
    mmapReadLock(mm);
    stats[0]++;
    mmapReadUnlock(mm);
    mmdrop(mm);
  }
}

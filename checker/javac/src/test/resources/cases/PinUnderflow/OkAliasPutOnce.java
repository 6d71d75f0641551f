import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.Task;

/** A local copy is the same mm; dropping through the copy is the one drop. */
class OkAliasPutOnce {
  static void sample(Task task, long[] stats) {
    Mm mm = getTaskMm(task);
    if (mm == null) {
      return;
    }
    Mm owner = mm;
    stats[0]++;
    mmput(owner);
  }
}

import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.Task;

/** get_task_mm plus an mmget for the worker: two mm_users pins, two drops. */
class OkTwoPinsTwoPuts {
  static void handOff(Task task, long[] stats) {
    Mm mm = getTaskMm(task);
    if (mm == null) {
      return;
    }
    mmget(mm);
    stats[0]++;
    mmput(mm);
    stats[1]++;
    mmput(mm);
  }
}

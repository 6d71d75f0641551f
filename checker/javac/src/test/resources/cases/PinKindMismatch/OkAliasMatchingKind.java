import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.Task;

/** The copy carries the mm_users pin and is dropped with mmput. */
class OkAliasMatchingKind {
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

import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.Task;

/** From atomic context an mm_users pin goes back with mmput_async. */
class OkMmputAsyncOfUsersPin {
  static void sampleAtomic(Task task, long[] stats) {
    Mm mm = getTaskMm(task);
    if (mm == null) {
      return;
    }
    stats[0]++;
    mmputAsync(mm);
  }
}

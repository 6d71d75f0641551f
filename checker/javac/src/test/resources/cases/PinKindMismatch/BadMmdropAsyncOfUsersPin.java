import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.Task;

/** From atomic context the fix is mmput_async, not mmdrop_async. */
class BadMmdropAsyncOfUsersPin {
  static void sampleAtomic(Task task, long[] stats) {
    Mm mm = getTaskMm(task);
    if (mm == null) {
      return;
    }
    stats[0]++;
    // BUG: Diagnostic contains: PinKindMismatch
    mmdropAsync(mm);
  }
}

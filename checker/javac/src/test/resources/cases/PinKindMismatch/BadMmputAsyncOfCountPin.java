import static dev.pincheck.annotations.Pin.COUNT;
import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.annotations.Pins;
import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.Task;

/** An mm_count reference handed back with mmput_async. */
class BadMmputAsyncOfCountPin {
  @Pins(COUNT) static Mm grabTaskMm(Task task) {
    Mm mm = getTaskMm(task);
    if (mm == null) {
      return null;
    }
    mmgrab(mm);
    mmput(mm);
    return mm;
  }

  static void inspect(Task task, long[] stats) {
    Mm mm = grabTaskMm(task);
    if (mm == null) {
      return;
    }
    stats[0]++;
    // BUG: Diagnostic contains: PinKindMismatch
    mmputAsync(mm);
  }
}

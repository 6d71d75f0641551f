import static dev.pincheck.annotations.Pin.COUNT;
import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.annotations.Pins;
import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.Task;

/** grabTaskMm hands out mm_count; the caller gives it back with mmdrop. */
class OkMmdropOfGrabbedMm {
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
    mmdrop(mm);
  }
}

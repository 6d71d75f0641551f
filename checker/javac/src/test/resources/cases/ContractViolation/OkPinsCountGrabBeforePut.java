import static dev.pincheck.annotations.Pin.COUNT;
import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.annotations.Pins;
import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.Task;

/** get_task_mm, mmgrab, mmput: the caller gets an mm_count reference as declared. */
class OkPinsCountGrabBeforePut {
  @Pins(COUNT) static Mm grabTaskMm(Task task) {
    Mm mm = getTaskMm(task);
    if (mm == null) {
      return null;
    }
    mmgrab(mm);
    mmput(mm);
    return mm;
  }
}

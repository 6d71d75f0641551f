import static dev.pincheck.annotations.Pin.COUNT;
import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.annotations.Pins;
import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.Task;

/** grabTaskMm returns an mm_count reference (@Pins(COUNT)); storing it is the right thing. */
class OkStoreGrabbedHelperResult {
  private Mm mm;

  @Pins(COUNT) static Mm grabTaskMm(Task task) {
    Mm mm = getTaskMm(task);
    if (mm == null) {
      return null;
    }
    mmgrab(mm);
    mmput(mm);
    return mm;
  }

  void attach(Task task, boolean track) {
    this.mm = track ? grabTaskMm(task) : null;
  }
}

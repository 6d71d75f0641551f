import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.Task;

/** The kernel's attach idiom: the field keeps the mm_count pin, the mm_users pin is put. */
class OkGrabStoreThenPutTemporary {
  private Mm mm;

  void attach(Task task) {
    Mm m = getTaskMm(task);
    if (m == null) {
      return;
    }
    mmgrab(m);
    this.mm = m;
    mmput(m);
  }
}

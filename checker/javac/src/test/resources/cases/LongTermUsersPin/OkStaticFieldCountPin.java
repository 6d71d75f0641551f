import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.Task;

/** The global cache keeps an mm_count reference; the mm_users pin is dropped first. */
class OkStaticFieldCountPin {
  private static Mm lastMm;

  static void remember(Task task) {
    Mm mm = getTaskMm(task);
    if (mm == null) {
      return;
    }
    mmgrab(mm);
    mmput(mm);
    lastMm = mm;
  }
}

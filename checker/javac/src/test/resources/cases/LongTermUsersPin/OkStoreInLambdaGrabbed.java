import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.Task;

/** The lambda body keeps an mm_count reference in the holder. */
class OkStoreInLambdaGrabbed {
  static final class Holder {
    Mm mm;
  }

  static Runnable binder(Holder holder, Task task) {
    return () -> {
      Mm mm = getTaskMm(task);
      if (mm != null) {
        mmgrab(mm);
        mmput(mm);
        holder.mm = mm;
      }
    };
  }
}

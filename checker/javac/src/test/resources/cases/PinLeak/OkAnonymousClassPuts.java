import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.Task;

/** run() of the anonymous class drops its pin on the early return too. */
class OkAnonymousClassPuts {
  static Runnable scanner(Task task, int[] seen) {
    return new Runnable() {
      @Override
      public void run() {
        Mm mm = getTaskMm(task);
        if (mm == null) {
          return;
        }
        seen[0]++;
        if (seen[0] > 10) {
          mmput(mm);
          return;
        }
        mmput(mm);
      }
    };
  }
}

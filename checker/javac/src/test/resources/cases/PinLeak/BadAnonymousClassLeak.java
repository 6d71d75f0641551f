import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.Task;

/** run() of the anonymous class returns early past its mmput. */
class BadAnonymousClassLeak {
  static Runnable scanner(Task task, int[] seen) {
    return new Runnable() {
      @Override
      public void run() {
        // BUG: Diagnostic contains: PinLeak
        Mm mm = getTaskMm(task);
        if (mm == null) {
          return;
        }
        seen[0]++;
        if (seen[0] > 10) {
          return;
        }
        mmput(mm);
      }
    };
  }
}

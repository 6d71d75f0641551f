import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.Task;

/** run() of the anonymous class pins with mm_access and drops with mmput. */
class OkAnonymousMatchingKind {
  static Runnable peeker(Task task, long[] stats) {
    return new Runnable() {
      @Override
      public void run() {
        Mm mm = mmAccess(task, 1);
        if (mm == null) {
          return;
        }
        stats[0]++;
        mmput(mm);
      }
    };
  }
}

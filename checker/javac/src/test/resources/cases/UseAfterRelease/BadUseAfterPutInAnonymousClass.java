import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.Task;

/** run() of the anonymous class unmaps after dropping its pin. */
class BadUseAfterPutInAnonymousClass {
  static Runnable shrinker(Task task, long start, long length) {
    return new Runnable() {
      @Override
      public void run() {
        Mm mm = getTaskMm(task);
        if (mm == null) {
          return;
        }
        mmput(mm);
        // BUG: Diagnostic contains: UseAfterRelease
        munmap(mm, start, length);
      }
    };
  }
}

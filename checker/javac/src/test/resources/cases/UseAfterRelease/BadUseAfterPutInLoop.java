import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.Task;

/** Each iteration drops its pin one statement too early. */
class BadUseAfterPutInLoop {
  static int countPresent(Task[] tasks, long address) {
    int n = 0;
    for (Task t : tasks) {
      Mm mm = getTaskMm(t);
      if (mm == null) {
        continue;
      }
      mmput(mm);
      // BUG: Diagnostic contains: UseAfterRelease
      if (accessPage(mm, address)) {
        n++;
      }
    }
    return n;
  }
}

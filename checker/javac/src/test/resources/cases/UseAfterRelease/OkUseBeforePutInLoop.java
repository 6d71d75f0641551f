import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.Task;

/** Each iteration reads the page before dropping its pin. */
class OkUseBeforePutInLoop {
  static int countPresent(Task[] tasks, long address) {
    int n = 0;
    for (Task t : tasks) {
      Mm mm = getTaskMm(t);
      if (mm == null) {
        continue;
      }
      boolean present = accessPage(mm, address);
      mmput(mm);
      if (present) {
        n++;
      }
    }
    return n;
  }
}

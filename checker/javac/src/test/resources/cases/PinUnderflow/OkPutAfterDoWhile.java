import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.Task;

/** One pin across the whole retry loop, dropped once after it. */
class OkPutAfterDoWhile {
  static int migrate(Task task, int attempts, long[] moved) {
    Mm mm = getTaskMm(task);
    if (mm == null) {
      return -3;
    }
    int tries = 0;
    do {
      tries++;
      moved[0]++;
    } while (tries < attempts);
    mmput(mm);
    return tries;
  }
}

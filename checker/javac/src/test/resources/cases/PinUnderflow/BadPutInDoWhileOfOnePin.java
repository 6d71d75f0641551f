import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.Task;

/** One pin, but the retry loop drops it on every attempt. */
class BadPutInDoWhileOfOnePin {
  static int migrate(Task task, int attempts, long[] moved) {
    Mm mm = getTaskMm(task);
    if (mm == null) {
      return -3;
    }
    int tries = 0;
    do {
      tries++;
      moved[0]++;
      // BUG: Diagnostic contains: PinUnderflow
      mmput(mm);
    } while (tries < attempts);
    return tries;
  }
}

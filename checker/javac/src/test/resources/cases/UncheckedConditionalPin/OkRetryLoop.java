import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;

/** A bounded retry loop: each attempt tests the result. */
class OkRetryLoop {
  static boolean ageWithRetry(Mm mm, int attempts, long[] stats) {
    for (int i = 0; i < attempts; i++) {
      if (mmgetNotZero(mm)) {
        stats[0]++;
        mmput(mm);
        return true;
      }
    }
    return false;
  }
}

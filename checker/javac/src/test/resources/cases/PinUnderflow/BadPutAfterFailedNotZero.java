import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;

/** mmput after mmget_not_zero failed: mm_users is already zero, there is nothing to drop. */
class BadPutAfterFailedNotZero {
  static void work(Mm mm, long[] stats) {
    if (!mmgetNotZero(mm)) {
      // BUG: Diagnostic contains: PinUnderflow
      mmput(mm);
      return;
    }
    stats[0]++;
    mmput(mm);
  }
}

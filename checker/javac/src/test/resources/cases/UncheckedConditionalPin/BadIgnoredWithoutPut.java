import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;

/** Whether mm_users is held after this call is unknown, so nothing can be balanced. */
class BadIgnoredWithoutPut {
  static void touch(Mm mm, long[] stats) {
    // BUG: Diagnostic contains: UncheckedConditionalPin
    mmgetNotZero(mm);
    stats[0]++;
  }
}

import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;

/** The fast path takes a plain mmget; the slow path ignores mmget_not_zero's answer. */
class BadIgnoredInElseBranch {
  static void pinForWork(Mm mm, boolean ownerAlive, long[] stats) {
    if (ownerAlive) {
      mmget(mm);
      stats[0]++;
      mmput(mm);
    } else {
      // BUG: Diagnostic contains: UncheckedConditionalPin
      mmgetNotZero(mm);
      stats[1]++;
    }
  }
}

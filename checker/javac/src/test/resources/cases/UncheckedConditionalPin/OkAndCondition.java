import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;

/** mmget_not_zero as the right operand of &&: the body runs only when it pinned. */
class OkAndCondition {
  static void maybeAge(Mm mm, boolean enabled, long[] stats) {
    if (enabled && mmgetNotZero(mm)) {
      stats[0]++;
      mmput(mm);
    }
  }
}

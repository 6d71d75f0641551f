import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;

/** mmget_not_zero negated under ||: past the early return the pin is held. */
class OkOrCondition {
  static void maybeAge(Mm mm, boolean enabled, long[] stats) {
    if (!enabled || !mmgetNotZero(mm)) {
      return;
    }
    stats[0]++;
    mmput(mm);
  }
}

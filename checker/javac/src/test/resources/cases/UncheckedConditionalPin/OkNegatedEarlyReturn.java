import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;

/** The negated result returns early; after it the pin is known to be held. */
class OkNegatedEarlyReturn {
  static void touch(Mm mm, long[] stats) {
    if (!mmgetNotZero(mm)) {
      return;
    }
    stats[0]++;
    mmput(mm);
  }
}

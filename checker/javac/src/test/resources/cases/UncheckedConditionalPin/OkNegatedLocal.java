import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;

/** A local holding the negated result. */
class OkNegatedLocal {
  static int scan(Mm mm, long[] stats) {
    boolean dead = !mmgetNotZero(mm);
    if (dead) {
      return -3;
    }
    stats[0]++;
    mmput(mm);
    return 0;
  }
}

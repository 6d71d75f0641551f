import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;

/** When mmget_not_zero fails there is nothing to drop: return at once. */
class OkNotZeroFailReturns {
  static void work(Mm mm, long[] stats) {
    if (!mmgetNotZero(mm)) {
      return;
    }
    stats[0]++;
    mmput(mm);
  }
}

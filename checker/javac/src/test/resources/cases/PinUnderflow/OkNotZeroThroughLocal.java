import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;

/** The mmput sits under the same test as the work. */
class OkNotZeroThroughLocal {
  static int scan(Mm mm, long[] stats) {
    int ret = -3;
    boolean live = mmgetNotZero(mm);
    if (live) {
      stats[0]++;
      ret = 0;
      mmput(mm);
    }
    return ret;
  }
}

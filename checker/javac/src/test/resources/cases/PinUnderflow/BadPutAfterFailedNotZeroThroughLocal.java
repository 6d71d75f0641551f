import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;

/** goto-out shape: the common mmput also runs when mmget_not_zero returned false. */
class BadPutAfterFailedNotZeroThroughLocal {
  static int scan(Mm mm, long[] stats) {
    int ret = -3;
    boolean live = mmgetNotZero(mm);
    if (live) {
      stats[0]++;
      ret = 0;
    }
    // BUG: Diagnostic contains: PinUnderflow
    mmput(mm);
    return ret;
  }
}

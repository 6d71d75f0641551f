import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;

/** mm_count and mm_users are separate pins: the mmput does not drop the mmgrab. */
class BadGrabLeakedBesideGet {
  static void inspect(Mm mm, long[] stats) {
    // BUG: Diagnostic contains: PinLeak
    mmgrab(mm);
    if (!mmgetNotZero(mm)) {
      mmdrop(mm);
      return;
    }
    stats[0]++;
    mmput(mm);
  }
}

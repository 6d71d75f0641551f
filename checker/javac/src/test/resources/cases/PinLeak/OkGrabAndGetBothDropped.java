import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;

/** mm_count and mm_users pins, each dropped with its own function. */
class OkGrabAndGetBothDropped {
  static void inspect(Mm mm, long[] stats) {
    mmgrab(mm);
    if (!mmgetNotZero(mm)) {
      mmdrop(mm);
      return;
    }
    stats[0]++;
    mmput(mm);
    mmdrop(mm);
  }
}

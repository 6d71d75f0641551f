import static dev.pincheck.runtime.Mm.*;
import static dev.pincheck.runtime.MmuNotifier.*;

import dev.pincheck.annotations.Pin;
import dev.pincheck.annotations.Pins;
import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.MmuNotifier;

/** The owner drops the mm_count the notifier's callbacks rely on, right after unhooking it. */
class BadOwnerDropsNotifierPinAfterNoRelease {
  static final class Mirror extends MmuNotifier {
    @Pins(Pin.COUNT)
    final Mm mm;
    volatile long ranges;

    Mirror(Mm mm) {
      mmgrab(mm);
      this.mm = mm;
    }

    @Override
    public void invalidateRangeStart(Mm m, long start, long end) {
      ranges++;
    }
  }

  static void detach(Mirror mn, Mm mm) {
    mmuNotifierUnregisterNoRelease(mn, mm);
    // BUG: Diagnostic contains: TeardownWithoutGracePeriod
    mmdrop(mn.mm);
  }
}

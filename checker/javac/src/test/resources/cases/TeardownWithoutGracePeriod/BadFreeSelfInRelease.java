import static dev.pincheck.runtime.Mm.*;
import static dev.pincheck.runtime.MmuNotifier.*;

import dev.pincheck.annotations.Pin;
import dev.pincheck.annotations.Pins;
import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.MmuNotifier;

/**
 * The shape the v3.17 call_srcu / unregister_no_release commit exists for: a callback that
 * unhooks itself and frees its state at once, while other callbacks may still be running.
 */
class BadFreeSelfInRelease extends MmuNotifier {
  @Pins(Pin.COUNT)
  private final Mm mm;

  BadFreeSelfInRelease(Mm mm) {
    mmgrab(mm);
    this.mm = mm;
  }

  @Override
  public void release(Mm m) {
    mmuNotifierUnregisterNoRelease(this, m);
    // BUG: Diagnostic contains: TeardownWithoutGracePeriod
    mmdrop(this.mm);
  }
}

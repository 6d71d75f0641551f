import static dev.pincheck.runtime.MmuNotifier.*;
import static dev.pincheck.runtime.Srcu.*;

import dev.pincheck.annotations.TearsDown;
import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.MmuNotifier;
import dev.pincheck.runtime.Srcu;

/** A grace period of the driver's own domain says nothing about notifier callbacks. */
class BadSynchronizeOfOtherDomain {
  static final Srcu DRIVER = new Srcu("driver");

  static final class Mirror extends MmuNotifier {
    @TearsDown
    void destroy() {}
  }

  static void detach(Mirror mn, Mm mm) {
    mmuNotifierUnregisterNoRelease(mn, mm);
    synchronizeSrcu(DRIVER);
    // BUG: Diagnostic contains: TeardownWithoutGracePeriod
    mn.destroy();
  }
}

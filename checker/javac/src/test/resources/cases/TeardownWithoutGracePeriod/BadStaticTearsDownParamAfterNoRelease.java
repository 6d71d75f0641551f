import static dev.pincheck.runtime.MmuNotifier.*;

import dev.pincheck.annotations.TearsDown;
import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.MmuNotifier;

/** The teardown is declared on a parameter of a static helper. */
class BadStaticTearsDownParamAfterNoRelease {
  static final class Mirror extends MmuNotifier {
    volatile long[] pages = new long[64];
  }

  static void freeMirror(@TearsDown Mirror m) {
    m.pages = null;
  }

  static void detach(Mirror mn, Mm mm) {
    mmuNotifierUnregisterNoRelease(mn, mm);
    // BUG: Diagnostic contains: TeardownWithoutGracePeriod
    freeMirror(mn);
  }
}

import static dev.pincheck.runtime.MmuNotifier.*;

import dev.pincheck.annotations.TearsDown;
import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.MmuNotifier;

/** When `quick` is true no grace period separates the unhook from the teardown. */
class BadSynchronizeOnOnePathOnly {
  static final class Mirror extends MmuNotifier {
    @TearsDown
    void destroy() {}
  }

  static void detach(Mirror mn, Mm mm, boolean quick) {
    mmuNotifierUnregisterNoRelease(mn, mm);
    if (!quick) {
      mmuNotifierSynchronize();
    }
    // BUG: Diagnostic contains: TeardownWithoutGracePeriod
    mn.destroy();
  }
}

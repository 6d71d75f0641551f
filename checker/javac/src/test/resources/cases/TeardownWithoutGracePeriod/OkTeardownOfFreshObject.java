import static dev.pincheck.runtime.MmuNotifier.*;

import dev.pincheck.annotations.TearsDown;
import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.MmuNotifier;

/** The object torn down is a new one that was never registered, not the retired notifier. */
class OkTeardownOfFreshObject {
  static final class Mirror extends MmuNotifier {
    @TearsDown
    void destroy() {}
  }

  static Mirror replace(Mirror old, Mm mm) {
    mmuNotifierUnregisterNoRelease(old, mm);
    Mirror fresh = new Mirror();
    if (mm.isFreed()) {
      fresh.destroy();
      return null;
    }
    mmuNotifierRegister(fresh, mm);
    return fresh;
  }
}

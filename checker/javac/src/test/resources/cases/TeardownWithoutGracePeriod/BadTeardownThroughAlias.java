import static dev.pincheck.runtime.MmuNotifier.*;

import dev.pincheck.annotations.TearsDown;
import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.MmuNotifier;

/** The notifier is retired under one name and torn down under another. */
class BadTeardownThroughAlias {
  static final class Mirror extends MmuNotifier {
    @TearsDown
    void destroy() {}
  }

  static void detach(Mirror mn, Mm mm) {
    MmuNotifier retiring = mn;
    mmuNotifierUnregisterNoRelease(retiring, mm);
    // BUG: Diagnostic contains: TeardownWithoutGracePeriod
    mn.destroy();
  }
}

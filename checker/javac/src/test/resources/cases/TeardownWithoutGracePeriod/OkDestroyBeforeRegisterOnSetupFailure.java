import static dev.pincheck.runtime.MmuNotifier.*;

import dev.pincheck.annotations.TearsDown;
import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.MmuNotifier;

/** Near miss of the unwind cases: setup is checked before the notifier is ever registered. */
class OkDestroyBeforeRegisterOnSetupFailure {
  static final class Mirror extends MmuNotifier {
    boolean start() {
      return true;
    }

    @TearsDown
    void destroy() {}
  }

  static Mirror attach(Mm mm) {
    Mirror mn = new Mirror();
    if (!mn.start()) {
      mn.destroy();
      return null;
    }
    mmuNotifierRegister(mn, mm);
    return mn;
  }
}

import static dev.pincheck.runtime.MmuNotifier.*;

import dev.pincheck.annotations.TearsDown;
import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.MmuNotifier;

/** Setup fails after registering: the unwind frees the mirror while callbacks may run. */
class BadErrorUnwindNoReleaseThenDestroy {
  static final class Mirror extends MmuNotifier {
    volatile boolean running;

    boolean start() {
      running = true;
      return running;
    }

    @TearsDown
    void destroy() {
      running = false;
    }
  }

  static Mirror attach(Mm mm) {
    Mirror mn = new Mirror();
    mmuNotifierRegister(mn, mm);
    if (!mn.start()) {
      mmuNotifierUnregisterNoRelease(mn, mm);
      // BUG: Diagnostic contains: TeardownWithoutGracePeriod
      mn.destroy();
      return null;
    }
    return mn;
  }
}

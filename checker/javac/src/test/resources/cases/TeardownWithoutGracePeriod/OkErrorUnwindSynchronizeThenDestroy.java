import static dev.pincheck.runtime.MmuNotifier.*;

import dev.pincheck.annotations.TearsDown;
import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.MmuNotifier;

/** The fix of BadErrorUnwindNoReleaseThenDestroy: wait for the notifier domain first. */
class OkErrorUnwindSynchronizeThenDestroy {
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
      mmuNotifierSynchronize();
      mn.destroy();
      return null;
    }
    return mn;
  }
}

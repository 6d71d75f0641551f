import static dev.pincheck.runtime.MmuNotifier.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.MmuNotifier;

/** Near miss of BadUnregisterThisInAnonymousNotifier. */
class OkNoReleaseInAnonymousNotifier {
  MmuNotifier oneShot(Runnable onRelease) {
    return new MmuNotifier() {
      @Override
      public void release(Mm mm) {
        onRelease.run();
        mmuNotifierUnregisterNoRelease(this, mm);
      }
    };
  }
}

import static dev.pincheck.runtime.MmuNotifier.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.MmuNotifier;

/** `this` inside the anonymous class is the notifier being called back. */
class BadUnregisterThisInAnonymousNotifier {
  MmuNotifier oneShot(Runnable onRelease) {
    return new MmuNotifier() {
      @Override
      public void release(Mm mm) {
        onRelease.run();
        // BUG: Diagnostic contains: CallbackSelfUnregister
        mmuNotifierUnregister(this, mm);
      }
    };
  }
}

import static dev.pincheck.runtime.MmuNotifier.*;

import dev.pincheck.annotations.TearsDown;
import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.MmuNotifier;

class BadTeardownInAnonymousNotifier {
  MmuNotifier create() {
    return new MmuNotifier() {
      private volatile long[] shadow = new long[16];

      @TearsDown
      void dropShadow() {
        shadow = null;
      }

      @Override
      public void release(Mm mm) {
        mmuNotifierUnregisterNoRelease(this, mm);
        // BUG: Diagnostic contains: TeardownWithoutGracePeriod
        dropShadow();
      }
    };
  }
}

import static dev.pincheck.runtime.MmuNotifier.*;

import dev.pincheck.annotations.TearsDown;
import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.MmuNotifier;

/** mmuNotifierUnregister waits for the callbacks itself; outside a callback this is fine. */
class OkFullUnregisterThenDestroy {
  static final class Mirror extends MmuNotifier {
    @TearsDown
    void destroy() {}
  }

  static void detach(Mirror mn, Mm mm) {
    mmuNotifierUnregister(mn, mm);
    mn.destroy();
  }
}

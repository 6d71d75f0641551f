import static dev.pincheck.runtime.Mm.*;
import static dev.pincheck.runtime.MmuNotifier.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.MmuNotifier;

/** The same self-unregistering helper, called from the driver's teardown, not a callback. */
class OkDestroyHelperCalledByOwner extends MmuNotifier {
  private final Mm mm;

  OkDestroyHelperCalledByOwner(Mm mm) {
    mmgrab(mm);
    this.mm = mm;
  }

  private void destroy() {
    mmuNotifierUnregister(this, mm);
    mmdrop(mm);
  }

  void close() {
    destroy();
  }
}

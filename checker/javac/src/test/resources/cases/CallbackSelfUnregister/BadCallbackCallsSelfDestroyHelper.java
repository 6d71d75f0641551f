import static dev.pincheck.runtime.Mm.*;
import static dev.pincheck.runtime.MmuNotifier.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.MmuNotifier;

/** The callback tears the notifier down through a helper that unregisters it synchronously. */
class BadCallbackCallsSelfDestroyHelper extends MmuNotifier {
  private final Mm mm;

  BadCallbackCallsSelfDestroyHelper(Mm mm) {
    mmgrab(mm);
    this.mm = mm;
  }

  private void destroy() {
    mmuNotifierUnregister(this, mm);
    mmdrop(mm);
  }

  @Override
  public void release(Mm m) {
    // BUG: Diagnostic contains: CallbackSelfUnregister
    destroy();
  }
}

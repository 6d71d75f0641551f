import static dev.pincheck.runtime.Mm.*;
import static dev.pincheck.runtime.MmuNotifier.*;

import dev.pincheck.annotations.Pin;
import dev.pincheck.annotations.Pins;
import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.MmuNotifier;

/** The mm argument comes from the notifier's own field; the notifier is still `this`. */
class BadUnregisterThisOnFieldMm extends MmuNotifier {
  @Pins(Pin.COUNT)
  private final Mm mm;

  BadUnregisterThisOnFieldMm(Mm mm) {
    mmgrab(mm);
    this.mm = mm;
  }

  @Override
  public void invalidatePage(Mm m, long address) {
    if (address == 0) {
      // BUG: Diagnostic contains: CallbackSelfUnregister
      mmuNotifierUnregister(this, this.mm);
    }
  }
}

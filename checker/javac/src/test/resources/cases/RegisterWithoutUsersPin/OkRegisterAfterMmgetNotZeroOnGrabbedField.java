import static dev.pincheck.runtime.Mm.*;
import static dev.pincheck.runtime.MmuNotifier.*;

import dev.pincheck.annotations.Pin;
import dev.pincheck.annotations.Pins;
import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.MmuNotifier;

/** The fix of BadRegisterOnGrabbedField: pin mm_users only around the registration. */
class OkRegisterAfterMmgetNotZeroOnGrabbedField extends MmuNotifier {
  @Pins(Pin.COUNT)
  private final Mm mm;

  OkRegisterAfterMmgetNotZeroOnGrabbedField(Mm mm) {
    mmgrab(mm);
    this.mm = mm;
  }

  boolean start() {
    if (!mmgetNotZero(mm)) {
      return false;
    }
    try {
      mmuNotifierRegister(this, mm);
      return true;
    } finally {
      mmput(mm);
    }
  }
}

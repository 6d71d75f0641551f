import static dev.pincheck.runtime.Mm.*;
import static dev.pincheck.runtime.MmuNotifier.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.MmuNotifier;

/** When mmgetNotZero returns false the registration goes ahead without a pin. */
class BadRegisterWhenMmgetNotZeroFailed extends MmuNotifier {
  private final Mm mm;

  BadRegisterWhenMmgetNotZeroFailed(Mm mm) {
    mmgrab(mm);
    this.mm = mm;
  }

  void start() {
    boolean live = mmgetNotZero(mm);
    // BUG: Diagnostic contains: RegisterWithoutUsersPin
    mmuNotifierRegister(this, mm);
    if (live) {
      mmput(mm);
    }
  }
}

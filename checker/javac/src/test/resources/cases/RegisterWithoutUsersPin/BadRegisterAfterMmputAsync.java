import static dev.pincheck.runtime.Mm.*;
import static dev.pincheck.runtime.MmuNotifier.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.MmuNotifier;

/** The pin taken for the scan is dropped before registering. */
class BadRegisterAfterMmputAsync extends MmuNotifier {
  private final Mm mm;
  private volatile long scanned;

  BadRegisterAfterMmputAsync(Mm mm) {
    mmgrab(mm);
    this.mm = mm;
  }

  void start() {
    if (!mmgetNotZero(mm)) {
      return;
    }
    scanned = mm.users();
    mmputAsync(mm);
    // BUG: Diagnostic contains: RegisterWithoutUsersPin
    mmuNotifierRegister(this, mm);
  }
}

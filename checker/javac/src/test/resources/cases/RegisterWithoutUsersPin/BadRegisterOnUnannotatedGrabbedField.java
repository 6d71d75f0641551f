import static dev.pincheck.runtime.Mm.*;
import static dev.pincheck.runtime.MmuNotifier.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.MmuNotifier;

/** No annotation on the field: the constructor's mmgrab says what it holds. */
class BadRegisterOnUnannotatedGrabbedField {
  private final Mm mm;
  private final MmuNotifier mirror;

  BadRegisterOnUnannotatedGrabbedField(Mm mm, MmuNotifier mirror) {
    mmgrab(mm);
    this.mm = mm;
    this.mirror = mirror;
  }

  void start() {
    // BUG: Diagnostic contains: RegisterWithoutUsersPin
    mmuNotifierRegister(mirror, this.mm);
  }
}

import static dev.pincheck.runtime.Mm.*;
import static dev.pincheck.runtime.MmuNotifier.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.MmuNotifier;

/** A device context, not the notifier, keeps the mm by mm_count and registers later. */
class BadOwnerRegistersOnGrabbedField {
  static final class Mirror extends MmuNotifier {}

  private final Mm mm;
  private Mirror mirror;

  BadOwnerRegistersOnGrabbedField(Mm mm) {
    mmgrab(mm);
    this.mm = mm;
  }

  void enableMirroring() {
    mirror = new Mirror();
    // BUG: Diagnostic contains: RegisterWithoutUsersPin
    mmuNotifierRegister(mirror, mm);
  }
}

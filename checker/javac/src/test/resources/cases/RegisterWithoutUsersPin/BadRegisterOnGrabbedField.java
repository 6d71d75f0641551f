import static dev.pincheck.runtime.Mm.*;
import static dev.pincheck.runtime.MmuNotifier.*;

import dev.pincheck.annotations.Pin;
import dev.pincheck.annotations.Pins;
import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.MmuNotifier;

/** The object keeps only mm_count: the process may already be in exit_mmap. */
class BadRegisterOnGrabbedField extends MmuNotifier {
  @Pins(Pin.COUNT)
  private final Mm mm;

  BadRegisterOnGrabbedField(Mm mm) {
    mmgrab(mm);
    this.mm = mm;
  }

  void start() {
    // BUG: Diagnostic contains: RegisterWithoutUsersPin
    mmuNotifierRegister(this, mm);
  }
}

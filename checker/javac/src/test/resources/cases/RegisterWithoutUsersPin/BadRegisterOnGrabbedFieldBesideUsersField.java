import static dev.pincheck.annotations.Pin.USERS;
import static dev.pincheck.runtime.Mm.*;
import static dev.pincheck.runtime.MmuNotifier.*;

import dev.pincheck.annotations.Pins;
import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.MmuNotifier;

/** Two classes each with a field "mm": only the session's field holds mm_users. */
class BadRegisterOnGrabbedFieldBesideUsersField extends MmuNotifier {
  private final Mm mm;

  BadRegisterOnGrabbedFieldBesideUsersField(Mm mm) {
    mmgrab(mm);
    this.mm = mm;
  }

  void start() {
    // BUG: Diagnostic contains: RegisterWithoutUsersPin
    mmuNotifierRegister(this, mm);
  }
}

class Session extends MmuNotifier {
  @Pins(USERS) private final Mm mm;

  @SuppressWarnings("LongTermUsersPin") // a session keeps the address space on purpose
  Session(Mm mm) {
    mmget(mm);
    this.mm = mm;
  }

  void start() {
    mmuNotifierRegister(this, mm);
  }
}

import static dev.pincheck.annotations.Pin.USERS;
import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.annotations.Pins;
import dev.pincheck.runtime.Mm;

/** Declared to take mm_users on the argument, but the fast path returns without it. */
class BadPinsParamNotTakenOnFastPath {
  // BUG: Diagnostic contains: ContractViolation
  static void pinForWalk(@Pins(USERS) Mm mm, boolean fast) {
    if (fast) {
      return;
    }
    mmget(mm);
  }
}

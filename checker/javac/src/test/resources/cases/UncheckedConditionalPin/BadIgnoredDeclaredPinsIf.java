import static dev.pincheck.annotations.Pin.USERS;
import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.annotations.PinsIf;
import dev.pincheck.runtime.Mm;

/** A user-declared @PinsIf wrapper is checked like mmget_not_zero itself. */
class BadIgnoredDeclaredPinsIf {
  static boolean tryPin(@PinsIf(value = USERS, result = true) Mm mm) {
    return mmgetNotZero(mm);
  }

  static void poke(Mm mm, long[] stats) {
    // BUG: Diagnostic contains: UncheckedConditionalPin
    tryPin(mm);
    stats[0]++;
  }
}

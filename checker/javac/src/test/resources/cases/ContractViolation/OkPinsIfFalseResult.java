import static dev.pincheck.annotations.Pin.USERS;
import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.annotations.PinsIf;
import dev.pincheck.runtime.Mm;

/** Inverted answer, inverted contract: pinned exactly when it returns false. */
class OkPinsIfFalseResult {
  static boolean isDead(@PinsIf(value = USERS, result = false) Mm mm) {
    return !mmgetNotZero(mm);
  }
}

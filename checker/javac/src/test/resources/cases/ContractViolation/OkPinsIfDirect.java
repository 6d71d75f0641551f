import static dev.pincheck.annotations.Pin.USERS;
import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.annotations.PinsIf;
import dev.pincheck.runtime.Mm;

/** A thin @PinsIf wrapper around mmget_not_zero. */
class OkPinsIfDirect {
  static boolean tryPin(@PinsIf(value = USERS, result = true) Mm mm) {
    return mmgetNotZero(mm);
  }
}

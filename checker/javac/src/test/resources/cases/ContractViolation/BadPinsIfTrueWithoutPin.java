import static dev.pincheck.annotations.Pin.USERS;
import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.annotations.PinsIf;
import dev.pincheck.runtime.Mm;

/** The disabled path answers true without pinning: callers will mmput a pin they lack. */
class BadPinsIfTrueWithoutPin {
  static boolean tryPin(@PinsIf(value = USERS, result = true) Mm mm, boolean enabled) {
    if (!enabled) {
      // BUG: Diagnostic contains: ContractViolation
      return true;
    }
    return mmgetNotZero(mm);
  }
}

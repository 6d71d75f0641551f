import static dev.pincheck.annotations.Pin.USERS;
import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.annotations.PinsIf;
import dev.pincheck.runtime.Mm;

/** The contract says "pinned when true", the body returns true when the pin failed. */
class BadPinsIfInvertedResult {
  static boolean tryPin(@PinsIf(value = USERS, result = true) Mm mm) {
    // BUG: Diagnostic contains: ContractViolation
    return !mmgetNotZero(mm);
  }
}

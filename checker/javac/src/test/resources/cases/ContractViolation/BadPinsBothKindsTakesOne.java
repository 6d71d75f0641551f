import static dev.pincheck.annotations.Pin.COUNT;
import static dev.pincheck.annotations.Pin.USERS;
import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.annotations.Pins;
import dev.pincheck.runtime.Mm;

/** Promises both pins, takes only mm_users. */
class BadPinsBothKindsTakesOne {
  // BUG: Diagnostic contains: ContractViolation
  static void pinAll(@Pins({USERS, COUNT}) Mm mm) {
    mmget(mm);
  }
}

import static dev.pincheck.annotations.Pin.USERS;
import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.annotations.PinsIf;
import dev.pincheck.runtime.Mm;

/** The disabled path answers false (not pinned); the result goes through a local. */
class OkPinsIfDisabledReturnsFalse {
  static boolean tryPin(@PinsIf(value = USERS, result = true) Mm mm, boolean enabled) {
    boolean pinned = enabled && mmgetNotZero(mm);
    return pinned;
  }
}

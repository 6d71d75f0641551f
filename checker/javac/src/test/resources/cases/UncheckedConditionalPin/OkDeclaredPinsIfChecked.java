import static dev.pincheck.annotations.Pin.USERS;
import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.annotations.PinsIf;
import dev.pincheck.runtime.Mm;

/** A user-declared @PinsIf wrapper whose result the caller tests. */
class OkDeclaredPinsIfChecked {
  static boolean tryPin(@PinsIf(value = USERS, result = true) Mm mm) {
    return mmgetNotZero(mm);
  }

  static void poke(Mm mm, long[] stats) {
    if (tryPin(mm)) {
      stats[0]++;
      mmput(mm);
    }
  }
}

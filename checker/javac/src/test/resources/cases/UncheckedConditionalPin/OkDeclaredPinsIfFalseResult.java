import static dev.pincheck.annotations.Pin.USERS;
import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.annotations.PinsIf;
import dev.pincheck.runtime.Mm;

/** @PinsIf(result = false): the pin is held when the method says the mm is not dead. */
class OkDeclaredPinsIfFalseResult {
  static boolean isDead(@PinsIf(value = USERS, result = false) Mm mm) {
    return !mmgetNotZero(mm);
  }

  static void poke(Mm mm, long[] stats) {
    if (isDead(mm)) {
      return;
    }
    stats[0]++;
    mmput(mm);
  }
}

import static dev.pincheck.annotations.Pin.USERS;
import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.annotations.Pins;
import dev.pincheck.runtime.Mm;

/** @Pins on the parameter says the pin goes to the caller, which drops it. */
class OkPinsParamHandsToCaller {
  static void pinForWalk(@Pins(USERS) Mm mm) {
    mmget(mm);
  }

  static void walk(Mm mm, int[] walks) {
    pinForWalk(mm);
    walks[0]++;
    mmput(mm);
  }
}

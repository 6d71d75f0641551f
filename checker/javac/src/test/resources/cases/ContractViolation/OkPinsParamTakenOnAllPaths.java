import static dev.pincheck.annotations.Pin.USERS;
import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.annotations.Pins;
import dev.pincheck.runtime.Mm;

/** Both paths take mm_users on the argument, as declared. */
class OkPinsParamTakenOnAllPaths {
  static void pinForWalk(@Pins(USERS) Mm mm, boolean fast, long[] stats) {
    if (fast) {
      mmget(mm);
      return;
    }
    stats[0]++;
    mmget(mm);
  }
}

import static dev.pincheck.annotations.Pin.COUNT;
import static dev.pincheck.annotations.Pin.USERS;
import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.annotations.Pins;
import dev.pincheck.runtime.Mm;

/** Promises both pins and takes both. */
class OkPinsBothKinds {
  static void pinAll(@Pins({USERS, COUNT}) Mm mm) {
    mmgrab(mm);
    mmget(mm);
  }
}

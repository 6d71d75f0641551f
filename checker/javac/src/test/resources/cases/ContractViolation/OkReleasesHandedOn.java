import static dev.pincheck.annotations.Pin.USERS;
import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.annotations.Releases;
import dev.pincheck.runtime.Mm;

/** Passing the pin on to another @Releases(USERS) parameter keeps the promise. */
class OkReleasesHandedOn {
  static void retire(@Releases(USERS) Mm mm, boolean atomic) {
    if (atomic) {
      mmputAsync(mm);
    } else {
      finish(mm);
    }
  }

  static void finish(@Releases(USERS) Mm mm) {
    mmput(mm);
  }
}

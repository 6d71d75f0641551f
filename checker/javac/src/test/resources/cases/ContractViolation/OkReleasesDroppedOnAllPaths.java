import static dev.pincheck.annotations.Pin.USERS;
import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.annotations.Releases;
import dev.pincheck.runtime.Mm;

/** The error return drops the caller's pin as well. */
class OkReleasesDroppedOnAllPaths {
  static int finish(@Releases(USERS) Mm mm, int err) {
    if (err != 0) {
      mmput(mm);
      return err;
    }
    mmput(mm);
    return 0;
  }
}

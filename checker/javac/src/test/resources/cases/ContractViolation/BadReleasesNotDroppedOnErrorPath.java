import static dev.pincheck.annotations.Pin.USERS;
import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.annotations.Releases;
import dev.pincheck.runtime.Mm;

/** Declared to consume the caller's mm_users pin, but the error return keeps it. */
class BadReleasesNotDroppedOnErrorPath {
  // BUG: Diagnostic contains: ContractViolation
  static int finish(@Releases(USERS) Mm mm, int err) {
    if (err != 0) {
      return err;
    }
    mmput(mm);
    return 0;
  }
}

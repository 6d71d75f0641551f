import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;

/** A successful mmget_not_zero is meant for the work at hand, not for a field. */
class BadStoreAfterMmgetNotZero {
  private Mm mm;

  boolean attach(Mm candidate) {
    if (!mmgetNotZero(candidate)) {
      return false;
    }
    // BUG: Diagnostic contains: LongTermUsersPin
    this.mm = candidate;
    return true;
  }
}

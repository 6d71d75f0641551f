import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;

/** mmget in the constructor and the mm kept in a field: mm_users held for an unbounded time. */
class BadStoreAfterMmget {
  private final Mm mm;

  BadStoreAfterMmget(Mm mm) {
    mmget(mm);
    // BUG: Diagnostic contains: LongTermUsersPin
    this.mm = mm;
  }
}

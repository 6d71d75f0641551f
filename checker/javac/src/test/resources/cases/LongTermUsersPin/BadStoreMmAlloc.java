import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;

/** The new mm's mm_users reference goes straight into a field. */
class BadStoreMmAlloc {
  private final Mm mm;

  BadStoreMmAlloc() {
    // BUG: Diagnostic contains: LongTermUsersPin
    this.mm = mmAlloc();
  }
}

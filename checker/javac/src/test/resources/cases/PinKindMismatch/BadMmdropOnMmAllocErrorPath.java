import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;

/** dup_mm shape: the new mm carries mm_users, but the failure path frees it with mmdrop. */
class BadMmdropOnMmAllocErrorPath {
  static Mm dupMm(boolean copyFailed) {
    Mm mm = mmAlloc();
    if (copyFailed) {
      // BUG: Diagnostic contains: PinKindMismatch
      mmdrop(mm);
      return null;
    }
    return mm;
  }
}

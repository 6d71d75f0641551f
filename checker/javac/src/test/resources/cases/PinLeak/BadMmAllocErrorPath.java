import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;

/** dup_mm shape: the failure path returns null and forgets the new mm. */
class BadMmAllocErrorPath {
  static Mm dupMm(boolean copyFailed) {
    // BUG: Diagnostic contains: PinLeak
    Mm mm = mmAlloc();
    if (copyFailed) {
      return null;
    }
    return mm;
  }
}

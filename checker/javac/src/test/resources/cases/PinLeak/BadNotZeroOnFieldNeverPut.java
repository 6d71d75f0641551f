import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;

/** The fault path pins the device's mm around the work and forgets to put it back. */
class BadNotZeroOnFieldNeverPut {
  private final Mm mm;

  BadNotZeroOnFieldNeverPut(Mm mm) {
    mmgrab(mm);
    this.mm = mm;
  }

  boolean fault(long address) {
    // BUG: Diagnostic contains: PinLeak
    if (!mmgetNotZero(mm)) {
      return false;
    }
    return accessPage(mm, address);
  }
}

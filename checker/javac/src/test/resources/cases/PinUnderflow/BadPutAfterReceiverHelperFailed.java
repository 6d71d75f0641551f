import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;

/** The unwind path puts the mm_users pin that pin() failed to take. */
class BadPutAfterReceiverHelperFailed {
  private final Mm mm;

  BadPutAfterReceiverHelperFailed(Mm mm) {
    mmgrab(mm);
    this.mm = mm;
  }

  private boolean pin() {
    return mmgetNotZero(mm);
  }

  boolean fault(long address) {
    if (!pin()) {
      // BUG: Diagnostic contains: PinUnderflow
      mmput(mm);
      return false;
    }
    boolean ok = accessPage(mm, address);
    mmput(mm);
    return ok;
  }
}

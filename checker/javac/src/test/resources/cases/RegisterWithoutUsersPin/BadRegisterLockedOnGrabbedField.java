import static dev.pincheck.runtime.Mm.*;
import static dev.pincheck.runtime.MmuNotifier.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.MmuNotifier;

/** Holding the mmap lock does not keep mm_users above zero. */
class BadRegisterLockedOnGrabbedField extends MmuNotifier {
  private final Mm mm;

  BadRegisterLockedOnGrabbedField(Mm mm) {
    mmgrab(mm);
    this.mm = mm;
  }

  void start() {
    mmapWriteLock(mm);
    try {
      // BUG: Diagnostic contains: RegisterWithoutUsersPin
      mmuNotifierRegisterLocked(this, mm);
    } finally {
      mmapWriteUnlock(mm);
    }
  }
}

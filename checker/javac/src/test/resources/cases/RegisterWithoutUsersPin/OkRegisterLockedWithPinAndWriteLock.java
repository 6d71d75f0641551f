import static dev.pincheck.runtime.Mm.*;
import static dev.pincheck.runtime.MmuNotifier.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.MmuNotifier;

/** Near miss of BadRegisterLockedOnGrabbedField: mm_users pinned, then the write lock. */
class OkRegisterLockedWithPinAndWriteLock extends MmuNotifier {
  private final Mm mm;

  OkRegisterLockedWithPinAndWriteLock(Mm mm) {
    mmgrab(mm);
    this.mm = mm;
  }

  boolean start() {
    if (!mmgetNotZero(mm)) {
      return false;
    }
    mmapWriteLock(mm);
    mmuNotifierRegisterLocked(this, mm);
    mmapWriteUnlock(mm);
    mmput(mm);
    return true;
  }
}

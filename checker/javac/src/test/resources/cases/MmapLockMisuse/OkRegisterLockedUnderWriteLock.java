import static dev.pincheck.runtime.Mm.*;
import static dev.pincheck.runtime.MmuNotifier.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.MmuNotifier;

/** The fix of BadRegisterWithMmapWriteLockHeld: the locked variant under the write lock. */
class OkRegisterLockedUnderWriteLock {
  void attach(MmuNotifier mn, Mm mm) {
    mmapWriteLock(mm);
    try {
      mmuNotifierRegisterLocked(mn, mm);
    } finally {
      mmapWriteUnlock(mm);
    }
  }
}

import static dev.pincheck.runtime.Mm.*;
import static dev.pincheck.runtime.MmuNotifier.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.MmuNotifier;

/** The locked variant needs the mmap lock for write, not for read. */
class BadRegisterLockedUnderReadLock {
  void attach(MmuNotifier mn, Mm mm) {
    mmapReadLock(mm);
    try {
      // BUG: Diagnostic contains: MmapLockMisuse
      mmuNotifierRegisterLocked(mn, mm);
    } finally {
      mmapReadUnlock(mm);
    }
  }
}

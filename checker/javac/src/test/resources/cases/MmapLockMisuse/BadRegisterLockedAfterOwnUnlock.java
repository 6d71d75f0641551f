import static dev.pincheck.runtime.Mm.*;
import static dev.pincheck.runtime.MmuNotifier.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.MmuNotifier;

/** The check ran under the lock, the locked register after this method released it. */
class BadRegisterLockedAfterOwnUnlock {
  private volatile long mapCount;

  void attachIfMapped(MmuNotifier mn, Mm mm) {
    mmapWriteLock(mm);
    boolean mapped = mapCount > 0;
    mmapWriteUnlock(mm);
    if (mapped) {
      // BUG: Diagnostic contains: MmapLockMisuse
      mmuNotifierRegisterLocked(mn, mm);
    }
  }
}

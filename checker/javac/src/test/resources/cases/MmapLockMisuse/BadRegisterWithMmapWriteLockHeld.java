import static dev.pincheck.runtime.Mm.*;
import static dev.pincheck.runtime.MmuNotifier.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.MmuNotifier;

/** mmu_notifier_register takes the mmap lock itself; the lock is not recursive. */
class BadRegisterWithMmapWriteLockHeld {
  void attach(MmuNotifier mn, Mm mm) {
    mmapWriteLock(mm);
    try {
      // BUG: Diagnostic contains: MmapLockMisuse
      mmuNotifierRegister(mn, mm);
    } finally {
      mmapWriteUnlock(mm);
    }
  }
}

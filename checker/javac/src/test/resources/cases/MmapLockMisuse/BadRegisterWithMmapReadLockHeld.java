import static dev.pincheck.runtime.Mm.*;
import static dev.pincheck.runtime.MmuNotifier.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.MmuNotifier;

/** Holding it for read is no better: register waits for write behind our own reader. */
class BadRegisterWithMmapReadLockHeld {
  private volatile boolean scanned;

  void scanThenAttach(MmuNotifier mn, Mm mm) {
    mmapReadLock(mm);
    scanned = true;
    // BUG: Diagnostic contains: MmapLockMisuse
    mmuNotifierRegister(mn, mm);
    mmapReadUnlock(mm);
  }
}

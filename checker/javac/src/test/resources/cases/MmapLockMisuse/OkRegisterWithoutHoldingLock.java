import static dev.pincheck.runtime.Mm.*;
import static dev.pincheck.runtime.MmuNotifier.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.MmuNotifier;

/** Near miss of BadRegisterWithMmapReadLockHeld: the scan's lock is released first. */
class OkRegisterWithoutHoldingLock {
  private volatile boolean scanned;

  void scanThenAttach(MmuNotifier mn, Mm mm) {
    mmapReadLock(mm);
    scanned = true;
    mmapReadUnlock(mm);
    mmuNotifierRegister(mn, mm);
  }
}

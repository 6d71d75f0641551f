import static dev.pincheck.runtime.Mm.*;
import static dev.pincheck.runtime.MmuNotifier.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.MmuNotifier;

/** The lock held is the parent's; the notifier goes on a fresh mm. Locks are per object. */
class OkRegisterOnOtherMmWhileHoldingLock {
  static Mm forkMirror(MmuNotifier mn, Mm parent) {
    mmapReadLock(parent);
    Mm child = mmAlloc();
    mmuNotifierRegister(mn, child);
    mmapReadUnlock(parent);
    return child;
  }
}

import static dev.pincheck.runtime.Srcu.*;

import dev.pincheck.runtime.Srcu;

/** The second unlock leaves a section that is no longer open. */
class BadDoubleUnlock {
  private final Srcu srcu = new Srcu("table");
  private volatile Object entry;

  Object lookup() {
    int idx = srcuReadLock(srcu);
    Object e = entry;
    srcuReadUnlock(srcu, idx);
    // BUG: Diagnostic contains: SrcuUnlockMismatch
    srcuReadUnlock(srcu, idx);
    return e;
  }
}

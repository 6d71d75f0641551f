import static dev.pincheck.runtime.Srcu.*;

import dev.pincheck.runtime.Srcu;

/** finally already left the section. */
class BadUnlockAfterTryFinally {
  private final Srcu srcu = new Srcu("table");
  private volatile Object entry;

  Object lookup() {
    int idx = srcuReadLock(srcu);
    Object e;
    try {
      e = entry;
    } finally {
      srcuReadUnlock(srcu, idx);
    }
    // BUG: Diagnostic contains: SrcuUnlockMismatch
    srcuReadUnlock(srcu, idx);
    return e;
  }
}

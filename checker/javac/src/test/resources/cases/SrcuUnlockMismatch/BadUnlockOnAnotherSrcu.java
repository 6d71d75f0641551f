import static dev.pincheck.runtime.Srcu.*;

import dev.pincheck.runtime.Srcu;

/** The index belongs to a section of `readers`, not of `writers`. */
class BadUnlockOnAnotherSrcu {
  private final Srcu readers = new Srcu("readers");
  private final Srcu writers = new Srcu("writers");
  private volatile Object entry;

  Object lookup() {
    int idx = srcuReadLock(readers);
    Object e = entry;
    // BUG: Diagnostic contains: SrcuUnlockMismatch
    srcuReadUnlock(writers, idx);
    return e;
  }
}

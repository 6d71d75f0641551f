import static dev.pincheck.runtime.Srcu.*;

import dev.pincheck.runtime.Srcu;

/** The early return leaves the reader inside its section: every grace period stalls. */
class BadEarlyReturn {
  private final Srcu srcu = new Srcu("table");
  private volatile Object entry;

  Object lookup() {
    // BUG: Diagnostic contains: SrcuReadSectionLeak
    int idx = srcuReadLock(srcu);
    Object e = entry;
    if (e == null) {
      return null;
    }
    srcuReadUnlock(srcu, idx);
    return e;
  }
}

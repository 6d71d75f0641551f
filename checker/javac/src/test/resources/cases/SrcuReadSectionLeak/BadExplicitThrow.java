import static dev.pincheck.runtime.Srcu.*;

import dev.pincheck.runtime.Srcu;

class BadExplicitThrow {
  private final Srcu srcu = new Srcu("table");
  private volatile Object entry;

  Object lookup() {
    // BUG: Diagnostic contains: SrcuReadSectionLeak
    int idx = srcuReadLock(srcu);
    Object e = entry;
    if (e == null) {
      throw new IllegalStateException("no entry");
    }
    srcuReadUnlock(srcu, idx);
    return e;
  }
}

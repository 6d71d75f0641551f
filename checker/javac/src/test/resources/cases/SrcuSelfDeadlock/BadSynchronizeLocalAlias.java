import static dev.pincheck.runtime.Srcu.*;

import dev.pincheck.runtime.Srcu;

/** A local copy of the field names the same domain. */
class BadSynchronizeLocalAlias {
  private final Srcu srcu = new Srcu("table");

  void replace() {
    Srcu domain = srcu;
    int idx = srcuReadLock(srcu);
    // BUG: Diagnostic contains: SrcuSelfDeadlock
    synchronizeSrcu(domain);
    srcuReadUnlock(srcu, idx);
  }
}

import static dev.pincheck.runtime.Srcu.*;

import dev.pincheck.runtime.Srcu;

/** Near miss of BadUnlockOnAnotherSrcu: a local copy of the field is the same Srcu. */
class OkUnlockViaLocalAlias {
  private final Srcu readers = new Srcu("readers");
  private volatile Object entry;

  Object lookup() {
    Srcu domain = readers;
    int idx = srcuReadLock(readers);
    Object e = entry;
    srcuReadUnlock(domain, idx);
    return e;
  }
}

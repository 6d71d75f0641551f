import static dev.pincheck.runtime.Srcu.*;

import dev.pincheck.runtime.Srcu;

/** Near miss of BadExplicitThrow: the section is left before throwing. */
class OkUnlockBeforeThrow {
  private final Srcu srcu = new Srcu("table");
  private volatile Object entry;

  Object lookup() {
    int idx = srcuReadLock(srcu);
    Object e = entry;
    srcuReadUnlock(srcu, idx);
    if (e == null) {
      throw new IllegalStateException("no entry");
    }
    return e;
  }
}

import static dev.pincheck.runtime.Srcu.*;

import dev.pincheck.runtime.Srcu;

/** Near miss of BadSynchronizeOtherDomainInReadSection: the wait comes after the unlock. */
class OkSynchronizeAfterLeavingSection {
  private final Srcu readers = new Srcu("readers");
  private final Srcu retired = new Srcu("retired");
  private volatile Object current = new Object();

  void lookupAndRetire() {
    Object seen;
    int idx = srcuReadLock(readers);
    try {
      seen = current;
    } finally {
      srcuReadUnlock(readers, idx);
    }
    if (seen != null) {
      synchronizeSrcu(retired);
    }
  }
}

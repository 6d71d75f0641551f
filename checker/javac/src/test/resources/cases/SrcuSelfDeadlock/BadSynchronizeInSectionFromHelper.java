import static dev.pincheck.runtime.Srcu.*;

import dev.pincheck.runtime.Srcu;

/** The section is opened by a helper returning the index; the wait is on the same field. */
class BadSynchronizeInSectionFromHelper {
  private final Srcu srcu = new Srcu("routes");

  private int enter() {
    return srcuReadLock(srcu);
  }

  void refresh() {
    int idx = enter();
    try {
      // BUG: Diagnostic contains: SrcuSelfDeadlock
      synchronizeSrcu(srcu);
    } finally {
      srcuReadUnlock(srcu, idx);
    }
  }
}

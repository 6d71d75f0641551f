import static dev.pincheck.runtime.Srcu.*;

import dev.pincheck.runtime.Srcu;

/** synchronize_srcu waits for this very reader: it never returns. */
class BadSynchronizeSameSrcu {
  private final Srcu srcu = new Srcu("table");
  private volatile Object entry = new Object();

  void replace(Object next) {
    int idx = srcuReadLock(srcu);
    try {
      entry = next;
      // BUG: Diagnostic contains: SrcuSelfDeadlock
      synchronizeSrcu(srcu);
    } finally {
      srcuReadUnlock(srcu, idx);
    }
  }
}

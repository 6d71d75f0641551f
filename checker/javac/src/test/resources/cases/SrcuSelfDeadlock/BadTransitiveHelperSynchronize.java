import static dev.pincheck.runtime.Srcu.*;

import dev.pincheck.runtime.Srcu;

/** The helper waits for a grace period of the same field's domain. */
class BadTransitiveHelperSynchronize {
  private final Srcu srcu = new Srcu("routes");
  private volatile Object table = new Object();

  private void publish(Object next) {
    table = next;
    synchronizeSrcu(srcu);
  }

  void refresh() {
    int idx = srcuReadLock(srcu);
    try {
      Object next = new Object();
      // BUG: Diagnostic contains: SrcuSelfDeadlock
      publish(next);
    } finally {
      srcuReadUnlock(srcu, idx);
    }
  }
}

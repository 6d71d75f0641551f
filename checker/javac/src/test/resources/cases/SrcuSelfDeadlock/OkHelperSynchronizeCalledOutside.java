import static dev.pincheck.runtime.Srcu.*;

import dev.pincheck.runtime.Srcu;

/** Near miss of BadTransitiveHelperSynchronize: the waiting helper runs after the unlock. */
class OkHelperSynchronizeCalledOutside {
  private final Srcu srcu = new Srcu("routes");
  private volatile Object table = new Object();

  private void publish(Object next) {
    table = next;
    synchronizeSrcu(srcu);
  }

  void refresh() {
    Object next;
    int idx = srcuReadLock(srcu);
    try {
      next = new Object[] {table};
    } finally {
      srcuReadUnlock(srcu, idx);
    }
    publish(next);
  }
}

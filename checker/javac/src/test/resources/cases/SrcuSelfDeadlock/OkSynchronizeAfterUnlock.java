import static dev.pincheck.runtime.Srcu.*;

import dev.pincheck.runtime.Srcu;

/** Near miss of BadSynchronizeSameSrcu: the writer leaves its own section before waiting. */
class OkSynchronizeAfterUnlock {
  private final Srcu srcu = new Srcu("table");
  private volatile Object entry = new Object();

  void replace(Object next) {
    int idx = srcuReadLock(srcu);
    try {
      entry = next;
    } finally {
      srcuReadUnlock(srcu, idx);
    }
    synchronizeSrcu(srcu);
  }
}

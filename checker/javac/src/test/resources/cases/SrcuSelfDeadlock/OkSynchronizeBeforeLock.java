import static dev.pincheck.runtime.Srcu.*;

import dev.pincheck.runtime.Srcu;

class OkSynchronizeBeforeLock {
  private final Srcu srcu = new Srcu("table");
  private volatile Object entry = new Object();

  Object replaceThenRead(Object next) {
    entry = next;
    synchronizeSrcu(srcu);
    int idx = srcuReadLock(srcu);
    Object seen = entry;
    srcuReadUnlock(srcu, idx);
    return seen;
  }
}

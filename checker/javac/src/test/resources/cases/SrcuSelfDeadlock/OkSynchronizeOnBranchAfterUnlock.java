import static dev.pincheck.runtime.Srcu.*;

import dev.pincheck.runtime.Srcu;

/** Path-sensitive near miss: the waiting branch leaves the section first. */
class OkSynchronizeOnBranchAfterUnlock {
  private final Srcu srcu = new Srcu("table");
  private volatile Object entry = new Object();

  void maybeReplace(Object next) {
    int idx = srcuReadLock(srcu);
    if (entry != next) {
      entry = next;
      srcuReadUnlock(srcu, idx);
      synchronizeSrcu(srcu);
      return;
    }
    srcuReadUnlock(srcu, idx);
  }
}

import static dev.pincheck.runtime.Srcu.*;

import dev.pincheck.runtime.Srcu;

/** Near miss of BadUnlockAgainAfterBranchUnlock: the aborting branch returns. */
class OkUnlockOnceOnEachBranch {
  private final Srcu srcu = new Srcu("config");
  private int reads;

  void read(boolean abort) {
    int idx = srcuReadLock(srcu);
    if (abort) {
      srcuReadUnlock(srcu, idx);
      return;
    }
    reads++;
    srcuReadUnlock(srcu, idx);
  }
}

import static dev.pincheck.runtime.Srcu.*;

import dev.pincheck.runtime.Srcu;

/** Near miss of BadUnlockInOneBranchOnly. */
class OkUnlockOnBothBranches {
  private final Srcu srcu = new Srcu("config");
  private int hits;
  private int misses;

  void count(boolean hit) {
    int idx = srcuReadLock(srcu);
    if (hit) {
      hits++;
      srcuReadUnlock(srcu, idx);
    } else {
      misses++;
      srcuReadUnlock(srcu, idx);
    }
  }
}

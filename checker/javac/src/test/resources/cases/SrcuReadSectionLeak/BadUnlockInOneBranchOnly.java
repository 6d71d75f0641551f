import static dev.pincheck.runtime.Srcu.*;

import dev.pincheck.runtime.Srcu;

class BadUnlockInOneBranchOnly {
  private final Srcu srcu = new Srcu("config");
  private int hits;
  private int misses;

  void count(boolean hit) {
    // BUG: Diagnostic contains: SrcuReadSectionLeak
    int idx = srcuReadLock(srcu);
    if (hit) {
      hits++;
      srcuReadUnlock(srcu, idx);
    } else {
      misses++;
    }
  }
}

import static dev.pincheck.runtime.Srcu.*;

import dev.pincheck.runtime.Srcu;

/** Near miss of BadUnlockInLoopOfOneSection: each iteration enters its own section. */
class OkFreshSectionEachIteration {
  private final Srcu srcu = new Srcu("batch");
  private int done;

  void process(int n) {
    int idx;
    do {
      idx = srcuReadLock(srcu);
      done++;
      srcuReadUnlock(srcu, idx);
    } while (--n > 0);
  }
}

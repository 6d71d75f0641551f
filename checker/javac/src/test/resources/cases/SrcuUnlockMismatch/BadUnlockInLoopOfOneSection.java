import static dev.pincheck.runtime.Srcu.*;

import dev.pincheck.runtime.Srcu;

/** One section entered, left once per iteration: the second iteration has none to leave. */
class BadUnlockInLoopOfOneSection {
  private final Srcu srcu = new Srcu("batch");
  private int done;

  void process(int n) {
    int idx = srcuReadLock(srcu);
    do {
      done++;
      // BUG: Diagnostic contains: SrcuUnlockMismatch
      srcuReadUnlock(srcu, idx);
    } while (--n > 0);
  }
}

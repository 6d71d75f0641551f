import static dev.pincheck.runtime.Srcu.*;

import dev.pincheck.runtime.Srcu;

/** `first` is the index of a section already left, not of the one now open. */
class BadUnlockWithStaleIndex {
  private final Srcu srcu = new Srcu("table");
  private volatile int a;
  private volatile int b;

  int sum() {
    int first = srcuReadLock(srcu);
    int x = a;
    srcuReadUnlock(srcu, first);
    int second = srcuReadLock(srcu);
    int y = b;
    // BUG: Diagnostic contains: SrcuUnlockMismatch
    srcuReadUnlock(srcu, first);
    srcuReadUnlock(srcu, second);
    return x + y;
  }
}

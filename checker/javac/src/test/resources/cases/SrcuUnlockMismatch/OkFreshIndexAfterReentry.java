import static dev.pincheck.runtime.Srcu.*;

import dev.pincheck.runtime.Srcu;

/** Near miss of BadUnlockWithStaleIndex: the variable is reassigned on re-entry. */
class OkFreshIndexAfterReentry {
  private final Srcu srcu = new Srcu("table");
  private volatile int a;
  private volatile int b;

  int sum() {
    int idx = srcuReadLock(srcu);
    int x = a;
    srcuReadUnlock(srcu, idx);
    idx = srcuReadLock(srcu);
    int y = b;
    srcuReadUnlock(srcu, idx);
    return x + y;
  }
}

import static dev.pincheck.runtime.Srcu.*;

import dev.pincheck.runtime.Srcu;

/** Near miss of BadBreakOutOfLoop: each iteration leaves its section before breaking. */
class OkUnlockBeforeBreak {
  private final Srcu srcu = new Srcu("list");
  private volatile int[] items = new int[16];

  int firstNegative() {
    int found = -1;
    for (int i = 0; i < 16; i++) {
      int idx = srcuReadLock(srcu);
      boolean negative = items[i] < 0;
      srcuReadUnlock(srcu, idx);
      if (negative) {
        found = i;
        break;
      }
    }
    return found;
  }
}

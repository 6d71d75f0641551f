import static dev.pincheck.runtime.Srcu.*;

import dev.pincheck.runtime.Srcu;

/** Near miss of BadContinueSkipsUnlock. */
class OkUnlockBeforeContinue {
  private final Srcu srcu = new Srcu("list");
  private volatile int[] items = new int[16];

  int sumPositive() {
    int sum = 0;
    for (int i = 0; i < 16; i++) {
      int idx = srcuReadLock(srcu);
      if (items[i] <= 0) {
        srcuReadUnlock(srcu, idx);
        continue;
      }
      sum += items[i];
      srcuReadUnlock(srcu, idx);
    }
    return sum;
  }
}

import static dev.pincheck.runtime.Srcu.*;

import dev.pincheck.runtime.Srcu;

class BadContinueSkipsUnlock {
  private final Srcu srcu = new Srcu("list");
  private volatile int[] items = new int[16];

  int sumPositive() {
    int sum = 0;
    for (int i = 0; i < 16; i++) {
      // BUG: Diagnostic contains: SrcuReadSectionLeak
      int idx = srcuReadLock(srcu);
      if (items[i] <= 0) {
        continue;
      }
      sum += items[i];
      srcuReadUnlock(srcu, idx);
    }
    return sum;
  }
}

import static dev.pincheck.runtime.Srcu.*;

import dev.pincheck.runtime.Srcu;

class OkSectionsLeftInLoopThenSynchronize {
  private final Srcu srcu = new Srcu("scan");
  private volatile int[] table = new int[8];

  int scanThenRetire() {
    int sum = 0;
    for (int i = 0; i < 8; i++) {
      int idx = srcuReadLock(srcu);
      sum += table[i];
      srcuReadUnlock(srcu, idx);
    }
    table = new int[8];
    synchronizeSrcu(srcu);
    return sum;
  }
}

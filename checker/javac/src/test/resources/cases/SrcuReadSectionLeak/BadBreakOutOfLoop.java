import static dev.pincheck.runtime.Srcu.*;

import dev.pincheck.runtime.Srcu;

class BadBreakOutOfLoop {
  private final Srcu srcu = new Srcu("list");
  private volatile int[] items = new int[16];

  int firstNegative() {
    int found = -1;
    for (int i = 0; i < 16; i++) {
      // BUG: Diagnostic contains: SrcuReadSectionLeak
      int idx = srcuReadLock(srcu);
      if (items[i] < 0) {
        found = i;
        break;
      }
      srcuReadUnlock(srcu, idx);
    }
    return found;
  }
}

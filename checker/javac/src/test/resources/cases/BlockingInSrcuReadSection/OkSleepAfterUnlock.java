import static dev.pincheck.runtime.Srcu.*;

import dev.pincheck.runtime.Srcu;

/** Near miss of BadSleepInReadSection: the sleep comes after the section is left. */
class OkSleepAfterUnlock {
  private final Srcu srcu = new Srcu("table");
  private volatile int value;

  int read() throws InterruptedException {
    int v;
    int idx = srcuReadLock(srcu);
    try {
      v = value;
    } finally {
      srcuReadUnlock(srcu, idx);
    }
    Thread.sleep(10);
    return v;
  }
}

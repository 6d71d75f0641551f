import static dev.pincheck.runtime.Srcu.*;

import dev.pincheck.runtime.Srcu;

/** Sleeping inside a read section stalls every grace period of the domain. */
class BadSleepInReadSection {
  private final Srcu srcu = new Srcu("table");
  private volatile int value;

  int read() throws InterruptedException {
    int idx = srcuReadLock(srcu);
    try {
      // BUG: Diagnostic contains: BlockingInSrcuReadSection
      Thread.sleep(10);
      return value;
    } finally {
      srcuReadUnlock(srcu, idx);
    }
  }
}

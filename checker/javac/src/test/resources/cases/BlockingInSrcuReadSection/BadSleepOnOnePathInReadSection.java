import static dev.pincheck.runtime.Srcu.*;

import dev.pincheck.runtime.Srcu;

class BadSleepOnOnePathInReadSection {
  private final Srcu srcu = new Srcu("retry");

  void poll(boolean congested) throws InterruptedException {
    int idx = srcuReadLock(srcu);
    try {
      if (congested) {
        // BUG: Diagnostic contains: BlockingInSrcuReadSection
        Thread.sleep(1);
      }
    } finally {
      srcuReadUnlock(srcu, idx);
    }
  }
}

import static dev.pincheck.runtime.Srcu.*;

import dev.pincheck.runtime.Srcu;

/** The section is entered through a helper that returns the index. */
class BadSleepInSectionFromHelper {
  private final Srcu srcu = new Srcu("routes");

  private int enter() {
    return srcuReadLock(srcu);
  }

  void route() throws InterruptedException {
    int idx = enter();
    try {
      // BUG: Diagnostic contains: BlockingInSrcuReadSection
      Thread.sleep(2);
    } finally {
      srcuReadUnlock(srcu, idx);
    }
  }
}

import static dev.pincheck.runtime.Srcu.*;

import dev.pincheck.runtime.Srcu;

/** Path-sensitive near miss: the sleeping branch leaves the section first. */
class OkSleepOnPathAfterEarlyUnlock {
  private final Srcu srcu = new Srcu("retry");

  void poll(boolean congested) throws InterruptedException {
    int idx = srcuReadLock(srcu);
    if (congested) {
      srcuReadUnlock(srcu, idx);
      Thread.sleep(1);
      return;
    }
    srcuReadUnlock(srcu, idx);
  }
}

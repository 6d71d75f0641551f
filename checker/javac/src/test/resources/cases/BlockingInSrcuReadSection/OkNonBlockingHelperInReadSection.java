import static dev.pincheck.runtime.Srcu.*;

import dev.pincheck.runtime.Srcu;

/** Near miss of BadTransitiveHelperInReadSection: the helper called inside does not block. */
class OkNonBlockingHelperInReadSection {
  private final Srcu srcu = new Srcu("stats");
  private int samples;

  void sample() {
    int idx = srcuReadLock(srcu);
    record();
    srcuReadUnlock(srcu, idx);
    backOff();
  }

  private void record() {
    samples = samples * 31 + 1;
  }

  private void backOff() {
    try {
      Thread.sleep(5);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}

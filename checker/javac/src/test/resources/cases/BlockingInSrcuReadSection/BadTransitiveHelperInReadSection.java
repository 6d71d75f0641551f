import static dev.pincheck.runtime.Srcu.*;

import dev.pincheck.runtime.Srcu;

/** The helper's body sleeps, so calling it inside the read section blocks there. */
class BadTransitiveHelperInReadSection {
  private final Srcu srcu = new Srcu("stats");
  private int samples;

  void sample() {
    int idx = srcuReadLock(srcu);
    samples++;
    // BUG: Diagnostic contains: BlockingInSrcuReadSection
    backOff();
    srcuReadUnlock(srcu, idx);
  }

  private void backOff() {
    pause(5);
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}

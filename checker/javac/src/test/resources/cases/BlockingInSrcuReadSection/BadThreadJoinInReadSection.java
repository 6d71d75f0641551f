import static dev.pincheck.runtime.Srcu.*;

import dev.pincheck.runtime.Srcu;

class BadThreadJoinInReadSection {
  private final Srcu srcu = new Srcu("workers");

  void waitForWorker(Thread worker) {
    int idx = srcuReadLock(srcu);
    try {
      // BUG: Diagnostic contains: BlockingInSrcuReadSection
      worker.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      srcuReadUnlock(srcu, idx);
    }
  }
}

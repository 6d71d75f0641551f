import static dev.pincheck.runtime.Srcu.*;

import dev.pincheck.runtime.Srcu;

class BadObjectWaitInReadSection {
  private final Srcu srcu = new Srcu("events");
  private final Object monitor = new Object();
  private boolean ready;

  void awaitReady() {
    int idx = srcuReadLock(srcu);
    synchronized (monitor) {
      while (!ready) {
        try {
          // BUG: Diagnostic contains: BlockingInSrcuReadSection
          monitor.wait();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          break;
        }
      }
    }
    srcuReadUnlock(srcu, idx);
  }
}

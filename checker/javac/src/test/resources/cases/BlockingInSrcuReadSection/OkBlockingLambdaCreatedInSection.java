import static dev.pincheck.runtime.Srcu.*;

import dev.pincheck.runtime.Srcu;

/** Creating a function inside a reader does not run it there; it runs after the unlock. */
class OkBlockingLambdaCreatedInSection {
  private final Srcu srcu = new Srcu("deferred");

  void work() {
    int idx = srcuReadLock(srcu);
    Runnable later = () -> {
      try {
        Thread.sleep(1);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    };
    srcuReadUnlock(srcu, idx);
    later.run();
  }
}

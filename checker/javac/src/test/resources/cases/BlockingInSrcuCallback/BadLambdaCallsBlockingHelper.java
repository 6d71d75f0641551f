import static dev.pincheck.runtime.Srcu.*;

import dev.pincheck.runtime.RcuHead;
import dev.pincheck.runtime.Srcu;

/** Transitive: the lambda calls a same-file helper that joins a thread. */
class BadLambdaCallsBlockingHelper {
  private final Srcu srcu = new Srcu("objects");
  private Thread flusher = new Thread(() -> {});

  private void waitForFlusher() {
    try {
      flusher.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  void retire(RcuHead obj) {
    // BUG: Diagnostic contains: BlockingInSrcuCallback
    callSrcu(srcu, obj, head -> waitForFlusher());
  }
}

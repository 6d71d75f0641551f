import static dev.pincheck.runtime.Srcu.*;

import dev.pincheck.runtime.RcuHead;
import dev.pincheck.runtime.Srcu;

/** Near miss of BadLambdaCallsBlockingHelper: the blocking helper is not reached. */
class OkLambdaCallsNonBlockingHelper {
  private final Srcu srcu = new Srcu("objects");
  private Thread flusher = new Thread(() -> {});
  private volatile boolean flushRequested;

  private void requestFlush() {
    flushRequested = true;
  }

  void waitForFlusher() throws InterruptedException {
    flusher.join();
  }

  void retire(RcuHead obj) {
    callSrcu(srcu, obj, head -> requestFlush());
  }
}

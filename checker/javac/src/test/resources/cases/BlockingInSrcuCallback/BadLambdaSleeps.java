import static dev.pincheck.runtime.Srcu.*;

import dev.pincheck.runtime.RcuHead;
import dev.pincheck.runtime.Srcu;

/** call_srcu functions run on the domain's shared worker and must not sleep. */
class BadLambdaSleeps {
  private final Srcu srcu = new Srcu("objects");

  void retire(RcuHead obj) {
    // BUG: Diagnostic contains: BlockingInSrcuCallback
    callSrcu(srcu, obj, head -> {
      try {
        Thread.sleep(1);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
  }
}

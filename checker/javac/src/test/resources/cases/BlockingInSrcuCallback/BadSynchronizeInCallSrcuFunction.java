import static dev.pincheck.runtime.Srcu.*;

import dev.pincheck.runtime.RcuHead;
import dev.pincheck.runtime.Srcu;

/** Waiting for a grace period from the function the grace period machinery runs. */
class BadSynchronizeInCallSrcuFunction {
  private final Srcu srcu = new Srcu("objects");
  private final Srcu other = new Srcu("other");

  void retire(RcuHead obj) {
    // BUG: Diagnostic contains: BlockingInSrcuCallback
    callSrcu(srcu, obj, head -> synchronizeSrcu(other));
  }
}

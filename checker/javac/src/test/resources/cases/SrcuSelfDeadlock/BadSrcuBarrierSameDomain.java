import static dev.pincheck.runtime.Srcu.*;

import dev.pincheck.runtime.RcuHead;
import dev.pincheck.runtime.Srcu;

/** srcu_barrier waits for a grace period too: the pending function cannot run. */
class BadSrcuBarrierSameDomain {
  private final Srcu srcu = new Srcu("objects");
  private final RcuHead head = new RcuHead();
  private int freed;

  void flush() {
    int idx = srcuReadLock(srcu);
    callSrcu(srcu, head, h -> freed++);
    // BUG: Diagnostic contains: SrcuSelfDeadlock
    srcuBarrier(srcu);
    srcuReadUnlock(srcu, idx);
  }
}

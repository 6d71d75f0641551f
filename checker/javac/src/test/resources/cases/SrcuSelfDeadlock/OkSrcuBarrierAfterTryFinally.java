import static dev.pincheck.runtime.Srcu.*;

import dev.pincheck.runtime.RcuHead;
import dev.pincheck.runtime.Srcu;

/** Near miss of BadSrcuBarrierSameDomain: the barrier waits after the reader is done. */
class OkSrcuBarrierAfterTryFinally {
  private final Srcu srcu = new Srcu("objects");
  private final RcuHead head = new RcuHead();
  private volatile int freed;

  void flush() {
    int idx = srcuReadLock(srcu);
    try {
      callSrcu(srcu, head, h -> freed++);
    } finally {
      srcuReadUnlock(srcu, idx);
    }
    srcuBarrier(srcu);
  }
}

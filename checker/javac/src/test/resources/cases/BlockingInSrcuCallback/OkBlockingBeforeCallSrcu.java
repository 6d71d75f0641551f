import static dev.pincheck.runtime.Srcu.*;

import dev.pincheck.runtime.RcuHead;
import dev.pincheck.runtime.Srcu;

/** The caller may block before queueing; only the queued function must not. */
class OkBlockingBeforeCallSrcu {
  private final Srcu srcu = new Srcu("objects");
  private final Srcu other = new Srcu("other");
  private volatile int freed;

  void retire(RcuHead obj) {
    synchronizeSrcu(other);
    callSrcu(srcu, obj, head -> freed++);
  }
}

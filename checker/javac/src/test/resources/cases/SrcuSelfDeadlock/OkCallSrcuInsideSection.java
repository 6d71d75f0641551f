import static dev.pincheck.runtime.Srcu.*;

import dev.pincheck.runtime.RcuHead;
import dev.pincheck.runtime.Srcu;

/** Near miss of BadSrcuBarrierSameDomain: call_srcu defers instead of waiting. */
class OkCallSrcuInsideSection {
  static final class Entry extends RcuHead {
    volatile boolean freed;
  }

  private final Srcu srcu = new Srcu("objects");
  private volatile Entry current = new Entry();

  void replace() {
    int idx = srcuReadLock(srcu);
    Entry old = current;
    current = new Entry();
    callSrcu(srcu, old, h -> ((Entry) h).freed = true);
    srcuReadUnlock(srcu, idx);
  }
}

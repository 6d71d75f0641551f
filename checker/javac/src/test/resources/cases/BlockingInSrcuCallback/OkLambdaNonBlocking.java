import static dev.pincheck.runtime.Srcu.*;

import dev.pincheck.runtime.RcuHead;
import dev.pincheck.runtime.Srcu;
import java.util.concurrent.ConcurrentLinkedQueue;

/** The fix of BadLambdaTakesLock: a lock-free free list. */
class OkLambdaNonBlocking {
  private final Srcu srcu = new Srcu("entries");
  private final ConcurrentLinkedQueue<RcuHead> freeList = new ConcurrentLinkedQueue<>();

  void retire(RcuHead e) {
    callSrcu(srcu, e, head -> freeList.add(head));
  }
}

import static dev.pincheck.runtime.Srcu.*;

import dev.pincheck.runtime.RcuHead;
import dev.pincheck.runtime.Srcu;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

/** The example of docs/rules.md: a free list guarded by a sleeping lock. */
class BadLambdaTakesLock {
  private final Srcu srcu = new Srcu("entries");
  private final ReentrantLock freeLock = new ReentrantLock();
  private final List<RcuHead> freeList = new ArrayList<>();

  void retire(RcuHead e) {
    // BUG: Diagnostic contains: BlockingInSrcuCallback
    callSrcu(srcu, e, head -> {
      freeLock.lock();
      try {
        freeList.add(head);
      } finally {
        freeLock.unlock();
      }
    });
  }
}

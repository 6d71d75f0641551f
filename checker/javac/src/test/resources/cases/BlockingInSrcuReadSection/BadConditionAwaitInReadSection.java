import static dev.pincheck.runtime.Srcu.*;

import dev.pincheck.runtime.Srcu;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/** The lock is taken outside the read section; only the await is inside it. */
class BadConditionAwaitInReadSection {
  private final Srcu srcu = new Srcu("queue");
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition notEmpty = lock.newCondition();

  void awaitItem() throws InterruptedException {
    lock.lock();
    try {
      int idx = srcuReadLock(srcu);
      try {
        // BUG: Diagnostic contains: BlockingInSrcuReadSection
        notEmpty.await();
      } finally {
        srcuReadUnlock(srcu, idx);
      }
    } finally {
      lock.unlock();
    }
  }
}

package gallery;

import static dev.pincheck.runtime.Mm.mmdrop;
import static dev.pincheck.runtime.Mm.mmgrab;
import static dev.pincheck.runtime.MmuNotifier.mmuNotifierCallSrcu;
import static dev.pincheck.runtime.MmuNotifier.mmuNotifierUnregisterNoRelease;

import dev.pincheck.annotations.Pin;
import dev.pincheck.annotations.Pins;
import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.MmuNotifier;
import dev.pincheck.runtime.RcuHead;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

/**
 * BlockingInSrcuCallback: the function deferred with {@code mmu_notifier_call_srcu()} takes a
 * sleeping lock.
 *
 * <p>Grace-period functions run from a context that must not sleep ({@code call_srcu}
 * callbacks run in softirq or from a shared worker): a free path that grabs the driver's
 * mutex, as amdkfd's process-destroy path did before it was moved to a workqueue, stalls every
 * other deferred free of the domain, and deadlocks if the mutex holder waits for one.
 *
 * <p>Fix: do only non-blocking work in the function (drop references, free memory), and queue
 * anything that sleeps to a worker.
 */
final class BlockingInSrcuCallback extends MmuNotifier {
  private static final ReentrantLock PROCESS_TABLE_LOCK = new ReentrantLock();
  private static final List<BlockingInSrcuCallback> PROCESS_TABLE = new ArrayList<>();

  @Pins(Pin.COUNT)
  private final Mm mm;
  private final RcuHead rcu = new RcuHead();

  BlockingInSrcuCallback(Mm mm) {
    mmgrab(mm);
    this.mm = mm;
  }

  @Override
  public void release(Mm target) {
    mmuNotifierUnregisterNoRelease(this, target);
    // BUG: Diagnostic contains: BlockingInSrcuCallback
    mmuNotifierCallSrcu(rcu, head -> {
      PROCESS_TABLE_LOCK.lock();
      try {
        PROCESS_TABLE.remove(this);
      } finally {
        PROCESS_TABLE_LOCK.unlock();
      }
      mmdrop(this.mm);
    });
  }
}

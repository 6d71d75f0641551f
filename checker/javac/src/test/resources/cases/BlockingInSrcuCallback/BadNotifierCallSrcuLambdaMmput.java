import static dev.pincheck.runtime.Mm.*;
import static dev.pincheck.runtime.MmuNotifier.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.MmuNotifier;
import dev.pincheck.runtime.RcuHead;

/** mmput may run exit_mmap and sleep; the deferred function must use mmputAsync. */
class BadNotifierCallSrcuLambdaMmput extends MmuNotifier {
  private final RcuHead rcu = new RcuHead();

  @Override
  public void release(Mm mm) {
    if (!mmgetNotZero(mm)) {
      return;
    }
    mmuNotifierUnregisterNoRelease(this, mm);
    // BUG: Diagnostic contains: BlockingInSrcuCallback
    mmuNotifierCallSrcu(rcu, head -> mmput(mm));
  }
}

import static dev.pincheck.runtime.Mm.*;
import static dev.pincheck.runtime.MmuNotifier.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.MmuNotifier;
import dev.pincheck.runtime.RcuHead;

/** The fix of BadNotifierCallSrcuLambdaMmput: mmputAsync defers the teardown. */
class OkLambdaMmputAsync extends MmuNotifier {
  private final RcuHead rcu = new RcuHead();

  @Override
  public void release(Mm mm) {
    if (!mmgetNotZero(mm)) {
      return;
    }
    mmuNotifierUnregisterNoRelease(this, mm);
    mmuNotifierCallSrcu(rcu, head -> mmputAsync(mm));
  }
}

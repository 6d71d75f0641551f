import static dev.pincheck.runtime.MmuNotifier.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.MmuNotifier;
import dev.pincheck.runtime.RcuHead;

/** Near miss of BadNotifierSynchronizeInCallback: the callback defers, it does not wait. */
class OkNotifierCallSrcuInCallback extends MmuNotifier {
  private final RcuHead rcu = new RcuHead();
  private volatile boolean stale;
  private volatile boolean reclaimed;

  @Override
  public void invalidateRangeEnd(Mm mm, long start, long end) {
    if (!stale) {
      stale = true;
      mmuNotifierCallSrcu(rcu, h -> reclaimed = true);
    }
  }
}

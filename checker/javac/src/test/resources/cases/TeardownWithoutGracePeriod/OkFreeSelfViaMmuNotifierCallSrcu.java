import static dev.pincheck.runtime.Mm.*;
import static dev.pincheck.runtime.MmuNotifier.*;

import dev.pincheck.annotations.Pin;
import dev.pincheck.annotations.Pins;
import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.MmuNotifier;
import dev.pincheck.runtime.RcuHead;

/** The v3.17 fix of BadFreeSelfInRelease: free in a function run after the grace period. */
class OkFreeSelfViaMmuNotifierCallSrcu extends MmuNotifier {
  @Pins(Pin.COUNT)
  private final Mm mm;
  private final RcuHead rcu = new RcuHead();

  OkFreeSelfViaMmuNotifierCallSrcu(Mm mm) {
    mmgrab(mm);
    this.mm = mm;
  }

  @Override
  public void release(Mm m) {
    mmuNotifierUnregisterNoRelease(this, m);
    mmuNotifierCallSrcu(rcu, head -> mmdrop(this.mm));
  }
}

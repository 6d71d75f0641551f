import static dev.pincheck.runtime.Mm.*;
import static dev.pincheck.runtime.MmuNotifier.*;

import dev.pincheck.annotations.Pin;
import dev.pincheck.annotations.Pins;
import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.MmuNotifier;
import dev.pincheck.runtime.RcuHead;

/** mmdrop never blocks: it is the usual deferred free. */
class OkLambdaMmdrop extends MmuNotifier {
  @Pins(Pin.COUNT)
  private final Mm mm;
  private final RcuHead rcu = new RcuHead();

  OkLambdaMmdrop(Mm mm) {
    mmgrab(mm);
    this.mm = mm;
  }

  @Override
  public void release(Mm m) {
    mmuNotifierUnregisterNoRelease(this, m);
    mmuNotifierCallSrcu(rcu, head -> mmdrop(mm));
  }
}

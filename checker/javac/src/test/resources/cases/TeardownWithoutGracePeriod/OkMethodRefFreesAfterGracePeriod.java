import static dev.pincheck.runtime.Mm.*;
import static dev.pincheck.runtime.MmuNotifier.*;

import dev.pincheck.annotations.Pin;
import dev.pincheck.annotations.Pins;
import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.MmuNotifier;
import dev.pincheck.runtime.RcuHead;

/** The deferred free is a method reference; its body runs after the grace period. */
class OkMethodRefFreesAfterGracePeriod extends MmuNotifier {
  @Pins(Pin.COUNT)
  private final Mm mm;
  private final RcuHead rcu = new RcuHead();

  OkMethodRefFreesAfterGracePeriod(Mm mm) {
    mmgrab(mm);
    this.mm = mm;
  }

  private void free(RcuHead head) {
    mmdrop(mm);
  }

  @Override
  public void release(Mm m) {
    mmuNotifierUnregisterNoRelease(this, m);
    mmuNotifierCallSrcu(rcu, this::free);
  }
}

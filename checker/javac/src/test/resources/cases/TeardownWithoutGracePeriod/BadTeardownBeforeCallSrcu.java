import static dev.pincheck.runtime.Mm.*;
import static dev.pincheck.runtime.MmuNotifier.*;

import dev.pincheck.annotations.Pin;
import dev.pincheck.annotations.Pins;
import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.MmuNotifier;
import dev.pincheck.runtime.RcuHead;

/** The deferred function is there, but the pin is dropped outside of it. */
class BadTeardownBeforeCallSrcu extends MmuNotifier {
  @Pins(Pin.COUNT)
  private final Mm mm;
  private final RcuHead rcu = new RcuHead();
  private volatile boolean freed;

  BadTeardownBeforeCallSrcu(Mm mm) {
    mmgrab(mm);
    this.mm = mm;
  }

  @Override
  public void release(Mm m) {
    mmuNotifierUnregisterNoRelease(this, m);
    // BUG: Diagnostic contains: TeardownWithoutGracePeriod
    mmdrop(this.mm);
    mmuNotifierCallSrcu(rcu, head -> freed = true);
  }
}

import static dev.pincheck.annotations.Pin.COUNT;
import static dev.pincheck.runtime.Mm.*;
import static dev.pincheck.runtime.MmuNotifier.*;

import dev.pincheck.annotations.Pins;
import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.MmuNotifier;
import dev.pincheck.runtime.RcuHead;

/** The mmput drops the unbind's own mm_users pin; the notifier's mm_count waits for the grace period. */
class OkPutOwnUsersPinAfterNoRelease extends MmuNotifier {
  @Pins(COUNT) final Mm mm;
  final RcuHead rcu = new RcuHead();

  OkPutOwnUsersPinAfterNoRelease(Mm mm) {
    mmgrab(mm);
    this.mm = mm;
  }

  void free() {
    mmdrop(mm);
  }

  static void unbind(OkPutOwnUsersPinAfterNoRelease mn) {
    Mm mm = mn.mm;
    if (!mmgetNotZero(mm)) {
      return;
    }
    mmuNotifierUnregisterNoRelease(mn, mm);
    mmput(mm);
    mmuNotifierCallSrcu(mn.rcu, h -> mn.free());
  }
}

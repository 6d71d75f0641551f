import static dev.pincheck.runtime.Mm.*;
import static dev.pincheck.runtime.MmuNotifier.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.MmuNotifier;

/** Near miss of BadRegisterWhenMmgetNotZeroFailed: the result, kept in a local, is tested. */
class OkRegisterWhenMmgetNotZeroSucceeded extends MmuNotifier {
  private final Mm mm;

  OkRegisterWhenMmgetNotZeroSucceeded(Mm mm) {
    mmgrab(mm);
    this.mm = mm;
  }

  void start() {
    boolean live = mmgetNotZero(mm);
    if (live) {
      mmuNotifierRegister(this, mm);
      mmput(mm);
    }
  }
}

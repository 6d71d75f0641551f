import static dev.pincheck.runtime.MmuNotifier.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.MmuNotifier;

/** A parameter mm is the caller's pinned mm. */
class OkRegisterOnParameter {
  static void attach(MmuNotifier mn, Mm mm) {
    mmuNotifierRegister(mn, mm);
  }
}

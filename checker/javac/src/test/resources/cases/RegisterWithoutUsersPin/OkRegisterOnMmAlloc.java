import static dev.pincheck.runtime.Mm.*;
import static dev.pincheck.runtime.MmuNotifier.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.MmuNotifier;

/** A new mm comes with mm_users = 1. */
class OkRegisterOnMmAlloc {
  static void selfTest(MmuNotifier mn) {
    Mm mm = mmAlloc();
    try {
      mmuNotifierRegister(mn, mm);
    } finally {
      mmput(mm);
    }
  }
}

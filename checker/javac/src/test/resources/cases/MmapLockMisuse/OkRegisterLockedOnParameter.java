import static dev.pincheck.runtime.MmuNotifier.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.MmuNotifier;

/** The caller holds the mmap lock for write; a parameter's lock state is not known here. */
class OkRegisterLockedOnParameter {
  static void attachLocked(MmuNotifier mn, Mm mm) {
    mmuNotifierRegisterLocked(mn, mm);
  }
}

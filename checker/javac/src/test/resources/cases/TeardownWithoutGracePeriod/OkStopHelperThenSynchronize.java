import static dev.pincheck.runtime.Mm.*;
import static dev.pincheck.runtime.MmuNotifier.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.MmuNotifier;

/** stop() unregisters without release; the grace period passes before the mm is dropped. */
class OkStopHelperThenSynchronize extends MmuNotifier {
  private final Mm mm;

  OkStopHelperThenSynchronize(Mm mm) {
    mmgrab(mm);
    this.mm = mm;
  }

  private void stop() {
    mmuNotifierUnregisterNoRelease(this, mm);
  }

  void abort() {
    stop();
    mmuNotifierSynchronize();
    mmdrop(mm);
  }
}

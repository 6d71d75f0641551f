import static dev.pincheck.runtime.Mm.*;
import static dev.pincheck.runtime.MmuNotifier.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.MmuNotifier;

/** stop() unregisters without release (inferred); the unwind then drops the mm at once. */
class BadStopHelperThenDrop extends MmuNotifier {
  private final Mm mm;

  BadStopHelperThenDrop(Mm mm) {
    mmgrab(mm);
    this.mm = mm;
  }

  private void stop() {
    mmuNotifierUnregisterNoRelease(this, mm);
  }

  void abort() {
    stop();
    // BUG: Diagnostic contains: TeardownWithoutGracePeriod
    mmdrop(mm);
  }
}

import static dev.pincheck.runtime.MmuNotifier.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.MmuNotifier;

/** Callbacks run inside the notifier read section: waiting for its readers waits for itself. */
class BadNotifierSynchronizeInCallback extends MmuNotifier {
  private volatile boolean stale;

  @Override
  public void invalidateRangeEnd(Mm mm, long start, long end) {
    stale = true;
    // BUG: Diagnostic contains: SrcuSelfDeadlock
    mmuNotifierSynchronize();
  }
}

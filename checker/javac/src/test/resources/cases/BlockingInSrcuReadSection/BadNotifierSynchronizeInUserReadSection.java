import static dev.pincheck.runtime.MmuNotifier.*;
import static dev.pincheck.runtime.Srcu.*;

import dev.pincheck.runtime.Srcu;

/** The notifier domain is not this section's domain: a blocking wait, not a self-deadlock. */
class BadNotifierSynchronizeInUserReadSection {
  private final Srcu srcu = new Srcu("mirror");

  void drainNotifiers() {
    int idx = srcuReadLock(srcu);
    // BUG: Diagnostic contains: BlockingInSrcuReadSection
    mmuNotifierSynchronize();
    srcuReadUnlock(srcu, idx);
  }
}

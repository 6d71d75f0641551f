import static dev.pincheck.runtime.MmuNotifier.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.MmuNotifier;

/** Unregistering any notifier waits for the notifier domain, including the running callback. */
class BadUnregisterOtherNotifierInCallback extends MmuNotifier {
  private final MmuNotifier companion;

  BadUnregisterOtherNotifierInCallback(MmuNotifier companion) {
    this.companion = companion;
  }

  @Override
  public void release(Mm mm) {
    // BUG: Diagnostic contains: SrcuSelfDeadlock
    mmuNotifierUnregister(companion, mm);
  }
}

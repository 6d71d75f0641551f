import static dev.pincheck.runtime.MmuNotifier.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.MmuNotifier;

/** release runs inside the notifier section; unregister waits for that section to end. */
class BadUnregisterThisInRelease extends MmuNotifier {
  private volatile boolean stopped;

  @Override
  public void release(Mm mm) {
    stopped = true;
    // BUG: Diagnostic contains: CallbackSelfUnregister
    mmuNotifierUnregister(this, mm);
  }
}

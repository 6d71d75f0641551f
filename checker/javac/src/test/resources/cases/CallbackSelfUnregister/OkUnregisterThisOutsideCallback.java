import static dev.pincheck.runtime.MmuNotifier.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.MmuNotifier;

/** A notifier method that overrides no callback may unregister its own notifier. */
class OkUnregisterThisOutsideCallback extends MmuNotifier {
  private volatile boolean stopped;

  @Override
  public void release(Mm mm) {
    stopped = true;
  }

  void detach(Mm mm) {
    mmuNotifierUnregister(this, mm);
  }
}

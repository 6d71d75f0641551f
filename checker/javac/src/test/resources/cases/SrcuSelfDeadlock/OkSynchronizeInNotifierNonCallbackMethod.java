import static dev.pincheck.runtime.MmuNotifier.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.MmuNotifier;

/** A method of a notifier that overrides no callback is not inside the notifier section. */
class OkSynchronizeInNotifierNonCallbackMethod extends MmuNotifier {
  private volatile boolean stale;

  @Override
  public void invalidateRangeEnd(Mm mm, long start, long end) {
    stale = true;
  }

  void quiesce() {
    mmuNotifierSynchronize();
    stale = false;
  }
}

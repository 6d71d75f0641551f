import static dev.pincheck.runtime.MmuNotifier.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.MmuNotifier;

/** A method named release in a class that is not a notifier is not a callback. */
class OkReleaseMethodOfNonNotifier {
  private final MmuNotifier notifier;

  OkReleaseMethodOfNonNotifier(MmuNotifier notifier) {
    this.notifier = notifier;
  }

  public void release(Mm mm) {
    mmuNotifierUnregister(notifier, mm);
  }
}

import static dev.pincheck.runtime.MmuNotifier.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.MmuNotifier;

/** Unregister-no-release neither waits nor calls release: it is allowed in a callback. */
class OkNoReleaseOnlyInCallback extends MmuNotifier {
  private volatile boolean detached;

  @Override
  public void changePte(Mm mm, long address, long pte) {
    if (pte == 0 && !detached) {
      detached = true;
      mmuNotifierUnregisterNoRelease(this, mm);
    }
  }
}

import static dev.pincheck.runtime.MmuNotifier.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.MmuNotifier;

/** Near miss of BadUnregisterOtherNotifierInCallback: the unregister is in a plain method. */
class OkUnregisterOtherNotifierOutsideCallback extends MmuNotifier {
  private final MmuNotifier companion;
  private volatile boolean released;

  OkUnregisterOtherNotifierOutsideCallback(MmuNotifier companion) {
    this.companion = companion;
  }

  @Override
  public void release(Mm mm) {
    released = true;
  }

  void detachCompanion(Mm mm) {
    mmuNotifierUnregister(companion, mm);
  }
}

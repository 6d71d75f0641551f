import static dev.pincheck.runtime.MmuNotifier.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.MmuNotifier;

/** release(Mm, boolean) overloads release(Mm) but overrides nothing: not a callback. */
class OkReleaseOverloadIsNotCallback extends MmuNotifier {
  private volatile boolean released;

  @Override
  public void release(Mm mm) {
    released = true;
  }

  void release(Mm mm, boolean wait) {
    if (wait) {
      mmuNotifierUnregister(this, mm);
    } else {
      mmuNotifierUnregisterNoRelease(this, mm);
    }
  }
}

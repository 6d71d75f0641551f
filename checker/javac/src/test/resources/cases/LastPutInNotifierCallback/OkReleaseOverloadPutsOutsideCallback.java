import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.MmuNotifier;

/** release(Mm, boolean) overrides nothing: it is not a callback. */
class OkReleaseOverloadPutsOutsideCallback extends MmuNotifier {
  private volatile boolean released;

  @Override
  public void release(Mm mm) {
    released = true;
  }

  void release(Mm mm, boolean flush) {
    if (mmgetNotZero(mm)) {
      released = flush;
      mmput(mm);
    }
  }
}

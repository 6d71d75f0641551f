import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.MmuNotifier;

class BadMmputInRelease extends MmuNotifier {
  private volatile boolean flushed;

  @Override
  public void release(Mm mm) {
    if (mmgetNotZero(mm)) {
      flushed = true;
      // BUG: Diagnostic contains: LastPutInNotifierCallback
      mmput(mm);
    }
  }
}

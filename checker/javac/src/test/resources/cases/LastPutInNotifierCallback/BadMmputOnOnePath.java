import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.MmuNotifier;

/** The common path defers the put; the retry path does not. */
class BadMmputOnOnePath extends MmuNotifier {
  private volatile boolean busy;

  @Override
  public void invalidateRangeEnd(Mm mm, long start, long end) {
    if (!mmgetNotZero(mm)) {
      return;
    }
    if (busy) {
      // BUG: Diagnostic contains: LastPutInNotifierCallback
      mmput(mm);
      return;
    }
    mmputAsync(mm);
  }
}

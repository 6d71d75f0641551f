import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.MmuNotifier;

/** A young-bit callback returning a result still runs inside the notifier section. */
class BadMmputInClearYoung extends MmuNotifier {
  private volatile long scans;

  @Override
  public boolean clearYoung(Mm mm, long start, long end) {
    if (!mmgetNotZero(mm)) {
      return false;
    }
    scans++;
    // BUG: Diagnostic contains: LastPutInNotifierCallback
    mmput(mm);
    return scans % 2 == 0;
  }
}

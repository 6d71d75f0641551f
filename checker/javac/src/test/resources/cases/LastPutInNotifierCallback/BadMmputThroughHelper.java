import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.MmuNotifier;

/** The helper is inferred to drop mm_users with mmput, so calling it here is the last put. */
class BadMmputThroughHelper extends MmuNotifier {
  private volatile long evictions;

  private void finishEviction(Mm m) {
    evictions++;
    mmput(m);
  }

  @Override
  public void invalidateRangeStart(Mm mm, long start, long end) {
    if (!mmgetNotZero(mm)) {
      return;
    }
    // BUG: Diagnostic contains: LastPutInNotifierCallback
    finishEviction(mm);
  }
}

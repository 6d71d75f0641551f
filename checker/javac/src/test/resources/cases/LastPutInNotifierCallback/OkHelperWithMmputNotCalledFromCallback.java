import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.MmuNotifier;

/** Near miss of BadMmputThroughHelper: only a non-callback method calls the putting helper. */
class OkHelperWithMmputNotCalledFromCallback extends MmuNotifier {
  private volatile long evictions;

  private void finishEviction(Mm m) {
    evictions++;
    mmput(m);
  }

  @Override
  public void invalidateRangeStart(Mm mm, long start, long end) {
    if (mmgetNotZero(mm)) {
      mmputAsync(mm);
    }
  }

  void evictAll(Mm mm) {
    if (mmgetNotZero(mm)) {
      finishEviction(mm);
    }
  }
}

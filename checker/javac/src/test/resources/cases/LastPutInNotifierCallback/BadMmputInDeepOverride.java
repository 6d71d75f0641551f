import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.MmuNotifier;

/** The callback is recognised through an abstract intermediate class. */
class BadMmputInDeepOverride {
  abstract static class SvmRangeNotifier extends MmuNotifier {
    abstract void evict(long start, long end);
  }

  static final class KfdSvmNotifier extends SvmRangeNotifier {
    volatile long evicted;

    @Override
    void evict(long start, long end) {
      evicted += end - start;
    }

    @Override
    public void invalidateRangeStart(Mm mm, long start, long end) {
      if (mmgetNotZero(mm)) {
        evict(start, end);
        // BUG: Diagnostic contains: LastPutInNotifierCallback
        mmput(mm);
      }
    }
  }
}

import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.MmuNotifier;

/**
 * Before "drm/amdkfd: Don't call mmput from MMU notifier callback": if the process is exiting,
 * this put is the last one and runs exit_mmap, and its notifier release, from a callback.
 */
class BadAmdkfdMmgetNotZeroMmput extends MmuNotifier {
  private volatile long evictions;

  private void evictQueues(long start, long end) {
    evictions++;
  }

  @Override
  public void invalidateRangeStart(Mm mm, long start, long end) {
    if (!mmgetNotZero(mm)) {
      return;
    }
    try {
      evictQueues(start, end);
    } finally {
      // BUG: Diagnostic contains: LastPutInNotifierCallback
      mmput(mm);
    }
  }
}

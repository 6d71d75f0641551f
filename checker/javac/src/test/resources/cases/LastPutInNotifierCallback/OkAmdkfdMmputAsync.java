import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.MmuNotifier;

/** The fix of BadAmdkfdMmgetNotZeroMmput: the put, if last, runs on a worker. */
class OkAmdkfdMmputAsync extends MmuNotifier {
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
      mmputAsync(mm);
    }
  }
}

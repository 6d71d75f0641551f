import static dev.pincheck.runtime.MmuNotifier.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.MmuNotifier;

/** Giving up on the whole mm when a range covers the mirrored window. */
class BadUnregisterThisInInvalidateRangeStart extends MmuNotifier {
  private final long windowStart;
  private final long windowEnd;

  BadUnregisterThisInInvalidateRangeStart(long windowStart, long windowEnd) {
    this.windowStart = windowStart;
    this.windowEnd = windowEnd;
  }

  @Override
  public void invalidateRangeStart(Mm mm, long start, long end) {
    if (start <= windowStart && end >= windowEnd) {
      // BUG: Diagnostic contains: CallbackSelfUnregister
      mmuNotifierUnregister(this, mm);
    }
  }
}

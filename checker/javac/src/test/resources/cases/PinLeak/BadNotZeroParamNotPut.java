import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;

/** mmget_not_zero around the work, but the matching mmput was never written. */
class BadNotZeroParamNotPut {
  static void ageRange(Mm mm, long start, long end, long[] counts) {
    // BUG: Diagnostic contains: PinLeak
    if (!mmgetNotZero(mm)) {
      return;
    }
    counts[0] += (end - start) / 4096;
  }
}

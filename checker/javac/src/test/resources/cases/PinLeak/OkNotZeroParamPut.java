import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;

/** mmget_not_zero only around the work, with the matching mmput. */
class OkNotZeroParamPut {
  static void ageRange(Mm mm, long start, long end, long[] counts) {
    if (!mmgetNotZero(mm)) {
      return;
    }
    counts[0] += (end - start) / 4096;
    mmput(mm);
  }
}

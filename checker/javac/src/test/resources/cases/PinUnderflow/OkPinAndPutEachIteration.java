import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;

/** mmget and mmput in the same iteration: any number of iterations balances. */
class OkPinAndPutEachIteration {
  static void zapRanges(Mm mm, long[] ranges) {
    for (int i = 0; i < ranges.length; i++) {
      mmget(mm);
      ranges[i] = 0;
      mmput(mm);
    }
  }
}

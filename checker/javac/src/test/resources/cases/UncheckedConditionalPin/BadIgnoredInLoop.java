import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;

/** Each iteration discards the result of the conditional pin. */
class BadIgnoredInLoop {
  static int sweep(Mm[] mms, long[] young) {
    int swept = 0;
    for (int i = 0; i < mms.length; i++) {
      Mm mm = mms[i];
      // BUG: Diagnostic contains: UncheckedConditionalPin
      mmgetNotZero(mm);
      young[i] = 0;
      swept++;
    }
    return swept;
  }
}

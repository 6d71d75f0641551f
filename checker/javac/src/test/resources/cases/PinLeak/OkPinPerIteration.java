import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;

/** One pin per iteration, dropped in the same iteration. */
class OkPinPerIteration {
  static int ageAll(Mm[] mms, long[] young) {
    int aged = 0;
    for (int i = 0; i < mms.length; i++) {
      Mm mm = mms[i];
      if (!mmgetNotZero(mm)) {
        continue;
      }
      young[i] = 0;
      aged++;
      mmput(mm);
    }
    return aged;
  }
}

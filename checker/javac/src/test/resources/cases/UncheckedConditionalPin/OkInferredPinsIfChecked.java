import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;

/** pinIfAlive returns the result to its caller (inferred like @PinsIf), which tests it. */
class OkInferredPinsIfChecked {
  static boolean pinIfAlive(Mm mm) {
    return mmgetNotZero(mm);
  }

  static void poke(Mm mm, long[] stats) {
    if (!pinIfAlive(mm)) {
      return;
    }
    stats[0]++;
    mmput(mm);
  }
}

import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;

/** pinIfAlive returns whether it pinned (inferred like @PinsIf); its caller ignores that. */
class BadIgnoredInferredPinsIf {
  static boolean pinIfAlive(Mm mm) {
    return mmgetNotZero(mm);
  }

  static void poke(Mm mm, long[] stats) {
    // BUG: Diagnostic contains: UncheckedConditionalPin
    pinIfAlive(mm);
    stats[0]++;
  }
}

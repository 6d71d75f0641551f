import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;

/** run() of the anonymous class ignores the conditional pin. */
class BadIgnoredInAnonymousClass {
  static Runnable toucher(Mm mm, long[] stats) {
    return new Runnable() {
      @Override
      public void run() {
        // BUG: Diagnostic contains: UncheckedConditionalPin
        mmgetNotZero(mm);
        stats[0]++;
      }
    };
  }
}

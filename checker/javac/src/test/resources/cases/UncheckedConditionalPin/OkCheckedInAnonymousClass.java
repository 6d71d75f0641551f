import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;

/** run() of the anonymous class tests the conditional pin. */
class OkCheckedInAnonymousClass {
  static Runnable toucher(Mm mm, long[] stats) {
    return new Runnable() {
      @Override
      public void run() {
        if (mmgetNotZero(mm)) {
          stats[0]++;
          mmput(mm);
        }
      }
    };
  }
}

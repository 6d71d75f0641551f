import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;

/** Two mm_users pins need two mmput calls; one of them is never dropped. */
class BadTwoGetsOnePut {
  static void startWalkers(Mm mm, int[] walkers) {
    // BUG: Diagnostic contains: PinLeak
    mmget(mm); mmget(mm);
    walkers[0] += 2;
    mmput(mm);
  }
}

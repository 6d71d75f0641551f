import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;

/** Two mm_users pins, two mmput calls. */
class OkTwoGetsTwoPuts {
  static void startWalkers(Mm mm, int[] walkers) {
    mmget(mm);
    mmget(mm);
    walkers[0] += 2;
    mmput(mm);
    walkers[0]--;
    mmput(mm);
  }
}

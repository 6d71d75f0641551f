import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;

/** The result goes through a local and is tested later. */
class OkThroughLocal {
  static long follow(Mm mm, long address) {
    boolean live = mmgetNotZero(mm);
    long pte = 0;
    if (live) {
      pte = followPte(mm, address);
      mmput(mm);
    }
    return pte;
  }
}

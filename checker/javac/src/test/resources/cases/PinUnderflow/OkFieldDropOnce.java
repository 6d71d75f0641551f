import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;

/** The everyday pattern: mmgrab in the constructor, mmdrop of the field in release(). */
class OkFieldDropOnce {
  private final Mm mm;

  OkFieldDropOnce(Mm mm) {
    mmgrab(mm);
    this.mm = mm;
  }

  void release(boolean lastUser, long[] stats) {
    if (lastUser) {
      stats[0]++;
    }
    mmdrop(this.mm);
  }
}

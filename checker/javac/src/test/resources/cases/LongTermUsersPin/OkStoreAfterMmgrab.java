import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;

/** mmgrab in the constructor: a long-term mm_count reference is what fields should hold. */
class OkStoreAfterMmgrab {
  private final Mm mm;

  OkStoreAfterMmgrab(Mm mm) {
    mmgrab(mm);
    this.mm = mm;
  }
}

import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;

/** A per-slot table of mm_count references, each taken with mmgrab. */
class OkStoreInStaticArrayGrabbed {
  private static final Mm[] SLOTS = new Mm[16];

  static void track(int slot, Mm mm) {
    mmgrab(mm);
    SLOTS[slot] = mm;
  }
}

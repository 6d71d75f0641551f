import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;

/** Storing the mm_count pin in an array slot hands it to the table. */
class OkStoredInArrayElement {
  private final Mm[] slots = new Mm[8];

  void track(Mm mm, int slot) {
    mmgrab(mm);
    slots[slot] = mm;
  }
}

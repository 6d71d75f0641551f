import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;

/** The mm_count pin taken in the constructor belongs to the object once stored in the field. */
class OkGrabStoredInField {
  private final Mm mm;

  OkGrabStoredInField(Mm mm) {
    mmgrab(mm);
    this.mm = mm;
  }

  void release() {
    mmdrop(mm);
  }
}

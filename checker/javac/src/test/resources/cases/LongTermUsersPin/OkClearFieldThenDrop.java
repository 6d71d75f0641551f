import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;

/** release() clears the field and drops the object's mm_count pin once. */
class OkClearFieldThenDrop {
  private Mm mm;

  OkClearFieldThenDrop(Mm mm) {
    mmgrab(mm);
    this.mm = mm;
  }

  void release() {
    Mm old = this.mm;
    this.mm = null;
    mmdrop(old);
  }
}

import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;

/** The object owns one mm_count pin; release() drops it twice on the lastUser path. */
class BadDropFieldTwice {
  private final Mm mm;

  BadDropFieldTwice(Mm mm) {
    mmgrab(mm);
    this.mm = mm;
  }

  void release(boolean lastUser) {
    if (lastUser) {
      mmdrop(this.mm);
    }
    // BUG: Diagnostic contains: PinUnderflow
    mmdrop(mm);
  }
}

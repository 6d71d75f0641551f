import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;

/** mmgrab in the constructor, but the pin is stored in the field on one path only. */
class BadGrabNotStoredOnOnePath {
  private Mm tracked;

  BadGrabNotStoredOnOnePath(Mm mm, boolean track) {
    // BUG: Diagnostic contains: PinLeak
    mmgrab(mm);
    if (track) {
      this.tracked = mm;
    }
  }
}

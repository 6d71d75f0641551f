import static dev.pincheck.annotations.Pin.COUNT;
import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.annotations.Pins;
import dev.pincheck.runtime.Mm;

/** pin() is an inferred conditional pin on this.mm: the mmput after it succeeded is right. */
class OkReceiverHelperTriesUsersPin {
  @Pins(COUNT) private final Mm mm;
  private volatile boolean released;

  OkReceiverHelperTriesUsersPin(Mm mm) {
    mmgrab(mm);
    this.mm = mm;
  }

  private boolean pin() {
    return !released && mmgetNotZero(mm);
  }

  boolean fault(long address) {
    if (!pin()) {
      return false;
    }
    try {
      return accessPage(mm, address);
    } finally {
      mmput(mm);
    }
  }
}

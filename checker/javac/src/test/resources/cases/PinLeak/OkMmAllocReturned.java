import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.annotations.Pin;
import dev.pincheck.annotations.Pins;
import dev.pincheck.runtime.Mm;

/** The failure path drops the new mm; the success path hands it to the caller (@Pins). */
class OkMmAllocReturned {
  @Pins(Pin.USERS) static Mm dupMm(boolean copyFailed) {
    Mm mm = mmAlloc();
    if (copyFailed) {
      mmput(mm);
      return null;
    }
    return mm;
  }
}

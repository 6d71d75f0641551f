import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;

/** The loop drops the same slot's mm_count on every round. */
class BadDropSameSlotTwiceInLoop {
  static final class Slot {
    Mm mm;
  }

  static void collect(Slot slot, int rounds) {
    for (int i = 0; i < rounds; i++) {
      // BUG: Diagnostic contains: PinUnderflow
      mmdrop(slot.mm);
    }
  }
}

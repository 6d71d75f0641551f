import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;
import java.util.List;

/** khugepaged's collect_mm_slot: each slot's mm_count is dropped once, one slot per iteration. */
class OkDropFieldOfEachSlotInLoop {
  static final class Slot {
    Mm mm;
  }

  static void collect(List<Slot> dead) {
    for (Slot slot : dead) {
      mmdrop(slot.mm);
    }
  }
}

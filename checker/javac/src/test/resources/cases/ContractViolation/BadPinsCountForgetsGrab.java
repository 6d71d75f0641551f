import static dev.pincheck.annotations.Pin.COUNT;
import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.annotations.Pins;
import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.Task;

/** Meant to turn the get_task_mm pin into mm_count, but the mmgrab was forgotten. */
class BadPinsCountForgetsGrab {
  @Pins(COUNT) static Mm grabTaskMm(Task task) {
    Mm mm = getTaskMm(task);
    if (mm == null) {
      return null;
    }
    mmput(mm);
    // BUG: Diagnostic contains: ContractViolation
    return mm;
  }
}

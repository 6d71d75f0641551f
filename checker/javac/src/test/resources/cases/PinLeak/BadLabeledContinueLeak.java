import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.Task;

/** continue to the outer label jumps over the mmput of the inner iteration. */
class BadLabeledContinueLeak {
  static int countSharing(Task[][] groups, Mm target) {
    int n = 0;
    outer:
    for (Task[] group : groups) {
      for (Task t : group) {
        // BUG: Diagnostic contains: PinLeak
        Mm mm = getTaskMm(t);
        if (mm == null) {
          continue;
        }
        if (mm == target) {
          n++;
          continue outer;
        }
        mmput(mm);
      }
    }
    return n;
  }
}

import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.Task;

/** continue to the outer label, after the inner iteration dropped its pin. */
class OkLabeledContinueAfterPut {
  static int countSharing(Task[][] groups, Mm target) {
    int n = 0;
    outer:
    for (Task[] group : groups) {
      for (Task t : group) {
        Mm mm = getTaskMm(t);
        if (mm == null) {
          continue;
        }
        if (mm == target) {
          n++;
          mmput(mm);
          continue outer;
        }
        mmput(mm);
      }
    }
    return n;
  }
}

import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.Task;

/** The mode tested twice against the same constant: exactly one of the two arms puts. */
class OkSwitchCaseThenSameConstantTest {
  static void release(Task task, int mode) {
    Mm mm = getTaskMm(task);
    if (mm == null) {
      return;
    }
    switch (mode) {
      case 1 -> mmput(mm);
      default -> {}
    }
    if (mode != 1) {
      mmput(mm);
    }
  }
}

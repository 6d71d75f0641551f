import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.Task;

/** A lambda written inside a switch case is its own body: its leak is found there. */
class LeakInSwitchCaseLambda {
  static Runnable pick(Task task, int mode) {
    switch (mode) {
      case 1:
        return () -> {
          // BUG: Diagnostic contains: PinLeak
          Mm mm = getTaskMm(task);
          if (mm == null) {
            return;
          }
          if (mode > 0) {
            return;
          }
          mmput(mm);
        };
      default:
        return () -> {};
    }
  }
}

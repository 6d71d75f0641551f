import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.Task;

/**
 * mmput inside the loop instead of after it: a second iteration drops a pin that is gone,
 * and with no ranges at all the pin is never dropped. Both findings are real.
 */
class BadPutInForLoopOfOnePin {
  static void zapRanges(Task task, long[] ranges) {
    // BUG: Diagnostic contains: PinLeak
    Mm mm = getTaskMm(task);
    if (mm == null) {
      return;
    }
    for (int i = 0; i < ranges.length; i++) {
      ranges[i] = 0;
      // BUG: Diagnostic contains: PinUnderflow
      mmput(mm);
    }
  }
}

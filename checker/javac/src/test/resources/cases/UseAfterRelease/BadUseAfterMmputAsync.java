import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.Task;

/** mmput_async defers the teardown, but the pin is gone all the same. */
class BadUseAfterMmputAsync {
  static void zap(Task task, long address) {
    Mm mm = getTaskMm(task);
    if (mm == null) {
      return;
    }
    mmputAsync(mm);
    // BUG: Diagnostic contains: UseAfterRelease
    tryToUnmapOne(mm, address);
  }
}

import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.Task;

/** Unmap the page first, then hand the pin to mmput_async. */
class OkMmputAsyncAfterUse {
  static void zap(Task task, long address) {
    Mm mm = getTaskMm(task);
    if (mm == null) {
      return;
    }
    tryToUnmapOne(mm, address);
    mmputAsync(mm);
  }
}

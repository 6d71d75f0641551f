import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.MmuNotifier;
import dev.pincheck.runtime.Task;

/** The mm is looked up through the process's lead thread, as kfd does. */
class BadGetTaskMmMmputInCallback extends MmuNotifier {
  private final Task leadThread;
  private volatile long evictions;

  BadGetTaskMmMmputInCallback(Task leadThread) {
    this.leadThread = leadThread;
  }

  @Override
  public void invalidateRangeEnd(Mm m, long start, long end) {
    Mm mm = getTaskMm(leadThread);
    if (mm == null) {
      return;
    }
    evictions++;
    // BUG: Diagnostic contains: LastPutInNotifierCallback
    mmput(mm);
  }
}

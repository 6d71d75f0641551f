import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.MmuNotifier;
import dev.pincheck.runtime.Task;

/** Near miss of BadGetTaskMmMmputInCallback. */
class OkGetTaskMmMmputAsync extends MmuNotifier {
  private final Task leadThread;
  private volatile long evictions;

  OkGetTaskMmMmputAsync(Task leadThread) {
    this.leadThread = leadThread;
  }

  @Override
  public void invalidateRangeEnd(Mm m, long start, long end) {
    Mm mm = getTaskMm(leadThread);
    if (mm == null) {
      return;
    }
    evictions++;
    mmputAsync(mm);
  }
}

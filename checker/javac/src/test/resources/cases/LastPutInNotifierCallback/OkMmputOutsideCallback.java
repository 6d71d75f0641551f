import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.MmuNotifier;
import dev.pincheck.runtime.Task;

/** A notifier's own non-callback method may drop the last mm_users. */
class OkMmputOutsideCallback extends MmuNotifier {
  private final Task leadThread;
  private volatile boolean stale;

  OkMmputOutsideCallback(Task leadThread) {
    this.leadThread = leadThread;
  }

  @Override
  public void invalidateRangeStart(Mm mm, long start, long end) {
    stale = true;
  }

  void restore() {
    Mm mm = getTaskMm(leadThread);
    if (mm == null) {
      return;
    }
    stale = false;
    mmput(mm);
  }
}

import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.MmuNotifier;
import dev.pincheck.runtime.Task;

/** Pins taken and dropped per iteration, each with mmputAsync. */
class OkPutPerIterationAsync extends MmuNotifier {
  private final Task[] sharers;
  private volatile long touched;

  OkPutPerIterationAsync(Task[] sharers) {
    this.sharers = sharers;
  }

  @Override
  public void invalidateRangeEnd(Mm m, long start, long end) {
    for (Task t : sharers) {
      Mm mm = getTaskMm(t);
      if (mm != null) {
        touched++;
        mmputAsync(mm);
      }
    }
  }
}

import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.Task;

/** done drops the pin (inferred @Releases); the page walk after it runs unpinned. */
class BadUseAfterHelperRelease {
  static void done(Mm mm, long[] stats) {
    stats[0]++;
    mmput(mm);
  }

  static long walk(Task task, long address, long[] stats) {
    Mm mm = getTaskMm(task);
    if (mm == null) {
      return 0;
    }
    done(mm, stats);
    // BUG: Diagnostic contains: UseAfterRelease
    return followPte(mm, address);
  }
}

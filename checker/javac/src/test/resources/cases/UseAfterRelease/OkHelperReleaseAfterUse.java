import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.Task;

/** The page walk comes first; done drops the pin (inferred @Releases) last. */
class OkHelperReleaseAfterUse {
  static void done(Mm mm, long[] stats) {
    stats[0]++;
    mmput(mm);
  }

  static long walk(Task task, long address, long[] stats) {
    Mm mm = getTaskMm(task);
    if (mm == null) {
      return 0;
    }
    long pte = followPte(mm, address);
    done(mm, stats);
    return pte;
  }
}

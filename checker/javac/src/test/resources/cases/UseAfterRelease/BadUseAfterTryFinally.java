import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.Task;

/** The finally already dropped the pin when the young bit is read after the try. */
class BadUseAfterTryFinally {
  static boolean probe(Task task, long address, long[] ptes) {
    Mm mm = getTaskMm(task);
    if (mm == null) {
      return false;
    }
    try {
      ptes[0] = followPte(mm, address);
    } finally {
      mmput(mm);
    }
    // BUG: Diagnostic contains: UseAfterRelease
    return pteYoung(mm, address);
  }
}

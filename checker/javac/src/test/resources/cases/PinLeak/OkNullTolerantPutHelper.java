import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.Task;

/** The C idiom "if (mm) mmput(mm)" as a helper: it releases the caller's pin whenever there is one. */
class OkNullTolerantPutHelper {
  private static void putMm(Mm mm) {
    if (mm != null) {
      mmput(mm);
    }
  }

  static boolean touch(Task task, long address) {
    Mm mm = getTaskMm(task);
    boolean ok = mm != null && accessPage(mm, address);
    putMm(mm);
    return ok;
  }
}

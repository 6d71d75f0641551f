import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.Task;

/** putMm() drops the pin whenever there is one (if (mm) mmput(mm)); the error path calls it twice. */
class BadNullTolerantPutHelperTwice {
  private static void putMm(Mm mm) {
    if (mm != null) {
      mmput(mm);
    }
  }

  static void f(Task task, boolean failed) {
    Mm mm = getTaskMm(task);
    if (mm == null) {
      return;
    }
    putMm(mm);
    if (failed) {
      // BUG: Diagnostic contains: PinUnderflow
      putMm(mm);
    }
  }
}

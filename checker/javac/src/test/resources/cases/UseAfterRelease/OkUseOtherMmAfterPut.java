import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.Task;

/** Dropping one task's mm does not release another task's. */
class OkUseOtherMmAfterPut {
  static boolean compare(Task first, Task second, long address) {
    Mm a = getTaskMm(first);
    if (a == null) {
      return false;
    }
    Mm b = getTaskMm(second);
    if (b == null) {
      mmput(a);
      return false;
    }
    mmput(a);
    boolean present = accessPage(b, address);
    mmput(b);
    return present;
  }
}

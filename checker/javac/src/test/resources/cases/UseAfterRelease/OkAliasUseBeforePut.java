import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.Task;

/** Use through one name, drop through the other, in that order. */
class OkAliasUseBeforePut {
  static boolean probe(Task task, long address) {
    Mm mm = getTaskMm(task);
    if (mm == null) {
      return false;
    }
    Mm owner = mm;
    boolean present = accessPage(mm, address);
    mmput(owner);
    return present;
  }
}

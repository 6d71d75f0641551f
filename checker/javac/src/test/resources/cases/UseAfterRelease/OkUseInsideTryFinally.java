import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.Task;

/** Both reads of the address space sit inside the try whose finally drops the pin. */
class OkUseInsideTryFinally {
  static boolean probe(Task task, long address, long[] ptes) {
    Mm mm = getTaskMm(task);
    if (mm == null) {
      return false;
    }
    try {
      ptes[0] = followPte(mm, address);
      return pteYoung(mm, address);
    } finally {
      mmput(mm);
    }
  }
}

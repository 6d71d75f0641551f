import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.Task;
import java.io.IOException;
import java.io.Writer;

/** A failed write leaves with an IOException while mm_users is still held. */
class BadCheckedExceptionLeak {
  static void dumpMaps(Task task, Writer out) throws IOException {
    // BUG: Diagnostic contains: PinLeak
    Mm mm = getTaskMm(task);
    if (mm == null) {
      return;
    }
    out.write(mm.toString());
    mmput(mm);
  }
}

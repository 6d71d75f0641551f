import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.Task;
import java.io.IOException;
import java.io.Writer;

/** The finally block is the only drop, on the normal and the exceptional path. */
class OkPutOnlyInFinally {
  static void dumpMaps(Task task, Writer out) throws IOException {
    Mm mm = getTaskMm(task);
    if (mm == null) {
      return;
    }
    try {
      out.write(mm.toString());
    } finally {
      mmput(mm);
    }
  }
}

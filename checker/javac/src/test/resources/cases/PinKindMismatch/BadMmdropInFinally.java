import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.Task;
import java.io.IOException;
import java.io.Writer;

/** The cleanup in finally uses the wrong drop for a get_task_mm pin. */
class BadMmdropInFinally {
  static void dumpMaps(Task task, Writer out) throws IOException {
    Mm mm = getTaskMm(task);
    if (mm == null) {
      return;
    }
    try {
      out.write(mm.toString());
    } finally {
      // BUG: Diagnostic contains: PinKindMismatch
      mmdrop(mm);
    }
  }
}

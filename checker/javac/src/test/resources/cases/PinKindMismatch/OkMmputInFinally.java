import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.Task;
import java.io.IOException;
import java.io.Writer;

/** The cleanup in finally uses mmput for a get_task_mm pin. */
class OkMmputInFinally {
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

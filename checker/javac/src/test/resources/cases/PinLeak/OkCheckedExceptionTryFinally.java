import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.Task;
import java.io.IOException;
import java.io.Writer;

/** The finally block drops the pin on the IOException path too. */
class OkCheckedExceptionTryFinally {
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

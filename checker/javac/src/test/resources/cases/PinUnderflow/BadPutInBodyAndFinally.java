import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.Task;
import java.io.IOException;
import java.io.Writer;

/** On the normal path both the try body and the finally block drop the pin. */
class BadPutInBodyAndFinally {
  static void dumpMaps(Task task, Writer out) throws IOException {
    Mm mm = getTaskMm(task);
    if (mm == null) {
      return;
    }
    try {
      out.write(mm.toString());
      mmput(mm);
    } finally {
      // BUG: Diagnostic contains: PinUnderflow
      mmput(mm);
    }
  }
}

import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.Task;
import java.io.IOException;
import java.io.InputStream;

/** The IOException is caught and ignored, and the mmput in the try body is skipped. */
class BadCatchSwallowsLeak {
  static void fill(Task task, InputStream in, byte[] buf) {
    try {
      // BUG: Diagnostic contains: PinLeak
      Mm mm = getTaskMm(task);
      if (mm == null) {
        return;
      }
      in.read(buf);
      mmput(mm);
    } catch (IOException e) {
      buf[0] = 0;
    }
  }
}

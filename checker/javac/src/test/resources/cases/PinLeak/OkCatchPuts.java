import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.Task;
import java.io.IOException;
import java.io.InputStream;

/** The catch block drops the pin the failed read left behind. */
class OkCatchPuts {
  static void fill(Task task, InputStream in, byte[] buf) {
    Mm mm = getTaskMm(task);
    if (mm == null) {
      return;
    }
    try {
      in.read(buf);
      mmput(mm);
    } catch (IOException e) {
      buf[0] = 0;
      mmput(mm);
    }
  }
}

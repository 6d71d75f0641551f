import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.Task;
import java.io.IOException;

/** A rejected header throws while mm_users is held; the message names the throw's line. */
class BadLeakOnExplicitThrowNamesLine {
  static void readHeader(Task task, int magic) throws IOException {
    // BUG: Diagnostic contains: the throw of IOException at line 16
    Mm mm = getTaskMm(task);
    if (mm == null) {
      return;
    }
    if (magic != 0x7f) {
      throw new IOException("bad magic");
    }
    mmput(mm);
  }
}

import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.Task;

/** taskMm returns a pinned mm (inferred, handed to the caller); done drops one (inferred). */
class OkInferredHelperCallerPuts {
  static Mm taskMm(Task task) {
    return getTaskMm(task);
  }

  static void done(Mm mm) {
    mmput(mm);
  }

  static boolean hasMm(Task task) {
    Mm mm = taskMm(task);
    if (mm == null) {
      return false;
    }
    done(mm);
    return true;
  }
}

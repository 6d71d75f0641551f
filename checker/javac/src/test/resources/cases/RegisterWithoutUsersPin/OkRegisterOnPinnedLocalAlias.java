import static dev.pincheck.runtime.Mm.*;
import static dev.pincheck.runtime.MmuNotifier.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.MmuNotifier;
import dev.pincheck.runtime.Task;

/** The pinned mm is registered through another local naming the same mm. */
class OkRegisterOnPinnedLocalAlias {
  void attach(MmuNotifier mn, Task task) {
    Mm pinned = getTaskMm(task);
    if (pinned == null) {
      return;
    }
    Mm target = pinned;
    try {
      mmuNotifierRegister(mn, target);
    } finally {
      mmput(pinned);
    }
  }
}

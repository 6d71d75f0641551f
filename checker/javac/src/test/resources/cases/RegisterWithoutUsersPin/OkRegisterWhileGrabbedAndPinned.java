import static dev.pincheck.runtime.Mm.*;
import static dev.pincheck.runtime.MmuNotifier.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.MmuNotifier;
import dev.pincheck.runtime.Task;

/** Near miss of BadRegisterOnMmOnlyGrabbed: the mm_users pin is dropped after registering. */
class OkRegisterWhileGrabbedAndPinned {
  void attachLater(MmuNotifier mn, Task task) {
    Mm mm = getTaskMm(task);
    if (mm == null) {
      return;
    }
    mmgrab(mm);
    mmuNotifierRegister(mn, mm);
    mmput(mm);
    mmdrop(mm);
  }
}

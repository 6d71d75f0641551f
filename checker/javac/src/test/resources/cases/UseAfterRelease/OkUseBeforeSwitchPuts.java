import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.Task;

/** The page is read before the switch whose cases drop the pin. */
class OkUseBeforeSwitchPuts {
  static boolean control(Task task, int cmd, long address) {
    Mm mm = getTaskMm(task);
    if (mm == null) {
      return false;
    }
    boolean present = accessPage(mm, address);
    switch (cmd) {
      case 0:
        munmap(mm, address, PAGE_SIZE);
        mmput(mm);
        break;
      default:
        mmput(mm);
        break;
    }
    return present;
  }
}

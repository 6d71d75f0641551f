import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.Task;

/** Every case drops the pin; the statistics after the switch read the address space anyway. */
class BadUseAfterSwitchPuts {
  static boolean control(Task task, int cmd, long address) {
    Mm mm = getTaskMm(task);
    if (mm == null) {
      return false;
    }
    switch (cmd) {
      case 0:
        munmap(mm, address, PAGE_SIZE);
        mmput(mm);
        break;
      default:
        mmput(mm);
        break;
    }
    // BUG: Diagnostic contains: UseAfterRelease
    return accessPage(mm, address);
  }
}

import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.Task;

/** Only a number computed under the pin is kept; the mm itself is put. */
class OkStoreDerivedValueOnly {
  private int lastUsers;

  void sample(Task task) {
    Mm mm = getTaskMm(task);
    if (mm == null) {
      return;
    }
    this.lastUsers = mm.users();
    mmput(mm);
  }
}

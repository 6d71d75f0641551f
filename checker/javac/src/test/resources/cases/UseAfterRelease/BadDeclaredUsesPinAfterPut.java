import static dev.pincheck.annotations.Pin.USERS;
import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.annotations.UsesPin;
import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.Task;

/** A user-declared @UsesPin(USERS) operation called after the last mmput. */
class BadDeclaredUsesPinAfterPut {
  static long readRemote(@UsesPin(USERS) Mm mm, long address) {
    return followPte(mm, address);
  }

  static long peek(Task task, long address) {
    Mm mm = getTaskMm(task);
    if (mm == null) {
      return 0;
    }
    mmput(mm);
    // BUG: Diagnostic contains: UseAfterRelease
    return readRemote(mm, address);
  }
}

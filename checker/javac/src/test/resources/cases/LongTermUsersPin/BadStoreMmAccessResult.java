import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.Task;

/** A debugger session keeps the mm_access reference between requests. */
class BadStoreMmAccessResult {
  private Mm mm;

  boolean attach(Task task) {
    // BUG: Diagnostic contains: LongTermUsersPin
    this.mm = mmAccess(task, PTRACE_MODE_ATTACH_REALCREDS);
    return this.mm != null;
  }
}

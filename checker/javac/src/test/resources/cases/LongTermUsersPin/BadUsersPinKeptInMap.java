import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.Task;
import java.util.HashMap;
import java.util.Map;

/** A cache of address spaces keeps every cached process's mappings alive: mm_users kept long-term. */
class BadUsersPinKeptInMap {
  private final Map<Integer, Mm> byPid = new HashMap<>();

  void cache(int pid, Task task) {
    Mm mm = getTaskMm(task);
    if (mm == null) {
      return;
    }
    // BUG: Diagnostic contains: LongTermUsersPin
    byPid.put(pid, mm);
  }
}

import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.Task;

/** Only mm_users was held; after mmput even the struct (and its mmap lock) may be freed. */
class BadMmapLockAfterMmput {
  static void inspect(Task task, long[] stats) {
    Mm mm = getTaskMm(task);
    if (mm == null) {
      return;
    }
    mmput(mm);
    // BUG: Diagnostic contains: UseAfterRelease
    mmapReadLock(mm);
    stats[0]++;
    mmapReadUnlock(mm);
  }
}

import static dev.pincheck.annotations.Pin.USERS;
import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.annotations.Releases;
import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.Task;

/** Passing the pin to a @Releases(USERS) parameter hands it on. */
class OkPassedToReleasesParam {
  static void retire(@Releases(USERS) Mm mm) {
    mmputAsync(mm);
  }

  static void sample(Task task, long[] stats) {
    Mm mm = getTaskMm(task);
    if (mm == null) {
      return;
    }
    stats[0]++;
    retire(mm);
  }
}

import static dev.pincheck.annotations.Pin.USERS;
import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.annotations.Releases;
import dev.pincheck.runtime.Mm;

/** The override keeps @Releases(USERS) and drops the pin it is handed. */
class OkOverrideKeepsReleases {
  abstract static class Sink {
    abstract void finish(@Releases(USERS) Mm mm);
  }

  static final class Counter extends Sink {
    long finished;

    @Override void finish(@Releases(USERS) Mm mm) {
      finished++;
      mmput(mm);
    }
  }
}

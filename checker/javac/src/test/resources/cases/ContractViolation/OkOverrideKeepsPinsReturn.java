import static dev.pincheck.annotations.Pin.USERS;
import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.annotations.Pins;
import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.Task;

/** The override keeps @Pins(USERS) and pins the cached mm before returning it. */
class OkOverrideKeepsPinsReturn {
  abstract static class MmSource {
    @Pins(USERS) abstract Mm open(Task task);
  }

  static final class CachedSource extends MmSource {
    private final Mm cached;

    CachedSource(Mm cached) {
      mmgrab(cached);
      this.cached = cached;
    }

    @Override @Pins(USERS) Mm open(Task task) {
      return mmgetNotZero(cached) ? cached : null;
    }
  }
}

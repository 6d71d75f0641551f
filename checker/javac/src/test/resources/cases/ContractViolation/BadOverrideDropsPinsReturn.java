import static dev.pincheck.annotations.Pin.USERS;
import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.annotations.Pins;
import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.Task;

/** Callers of MmSource.open drop a pin; the override returns the cached mm without one. */
class BadOverrideDropsPinsReturn {
  abstract static class MmSource {
    @Pins(USERS) abstract Mm open(Task task);
  }

  static final class CachedSource extends MmSource {
    private final Mm cached;

    CachedSource(Mm cached) {
      mmgrab(cached);
      this.cached = cached;
    }

    // BUG: Diagnostic contains: ContractViolation
    @Override Mm open(Task task) {
      return cached;
    }
  }
}

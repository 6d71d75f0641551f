import static dev.pincheck.annotations.Pin.USERS;

import dev.pincheck.annotations.Releases;
import dev.pincheck.runtime.Mm;

/** Callers of Sink.finish hand over their pin; the override never drops it. */
class BadOverrideRemovesReleases {
  abstract static class Sink {
    abstract void finish(@Releases(USERS) Mm mm);
  }

  static final class Counter extends Sink {
    long finished;

    // BUG: Diagnostic contains: ContractViolation
    @Override void finish(Mm mm) {
      finished++;
    }
  }
}

import static dev.pincheck.annotations.Pin.USERS;

import dev.pincheck.annotations.Releases;
import dev.pincheck.runtime.Mm;

/** An anonymous subclass drops the @Releases of the method it overrides. */
class BadAnonymousOverrideRemovesReleases {
  abstract static class Sink {
    abstract void finish(@Releases(USERS) Mm mm);
  }

  static Sink counting(long[] finished) {
    return new Sink() {
      // BUG: Diagnostic contains: ContractViolation
      @Override void finish(Mm mm) {
        finished[0]++;
      }
    };
  }
}

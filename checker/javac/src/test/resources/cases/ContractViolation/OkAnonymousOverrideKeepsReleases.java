import static dev.pincheck.annotations.Pin.USERS;
import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.annotations.Releases;
import dev.pincheck.runtime.Mm;

/** An anonymous subclass that keeps the contract of the method it overrides. */
class OkAnonymousOverrideKeepsReleases {
  abstract static class Sink {
    abstract void finish(@Releases(USERS) Mm mm);
  }

  static Sink counting(long[] finished) {
    return new Sink() {
      @Override void finish(@Releases(USERS) Mm mm) {
        finished[0]++;
        mmputAsync(mm);
      }
    };
  }
}

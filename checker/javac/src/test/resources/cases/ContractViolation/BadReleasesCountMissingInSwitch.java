import static dev.pincheck.annotations.Pin.COUNT;
import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.annotations.Releases;
import dev.pincheck.runtime.Mm;

/** One arm of the switch forgets the mmdrop that the @Releases(COUNT) parameter promises. */
class BadReleasesCountMissingInSwitch {
  // BUG: Diagnostic contains: ContractViolation
  static void retire(@Releases(COUNT) Mm mm, int how) {
    switch (how) {
      case 0 -> mmdrop(mm);
      case 1 -> mmdropAsync(mm);
      default -> {}
    }
  }
}

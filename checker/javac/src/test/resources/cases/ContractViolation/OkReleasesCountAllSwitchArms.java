import static dev.pincheck.annotations.Pin.COUNT;
import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.annotations.Releases;
import dev.pincheck.runtime.Mm;

/** Every arm of the switch drops the mm_count pin, one way or another. */
class OkReleasesCountAllSwitchArms {
  static void retire(@Releases(COUNT) Mm mm, int how) {
    switch (how) {
      case 0 -> mmdrop(mm);
      default -> mmdropAsync(mm);
    }
  }
}

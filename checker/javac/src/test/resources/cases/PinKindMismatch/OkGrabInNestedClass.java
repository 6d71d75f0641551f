import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;

/** A nested holder takes mm_count and its cleanup drops mm_count. */
class OkGrabInNestedClass {
  static final class Holder {
    void peek(Mm mm, long[] stats) {
      mmgrab(mm);
      stats[0]++;
      mmdrop(mm);
    }
  }
}

import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;

/** Storing the mm_count pin in a static field hands it to the class. */
class OkStoredInStaticField {
  private static Mm lastSeen;

  static void remember(Mm mm) {
    mmgrab(mm);
    lastSeen = mm;
  }
}

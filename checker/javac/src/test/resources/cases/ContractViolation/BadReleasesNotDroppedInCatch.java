import static dev.pincheck.annotations.Pin.USERS;
import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.annotations.Releases;
import dev.pincheck.runtime.Mm;
import java.io.IOException;
import java.io.Writer;

/** The catch block returns normally without dropping the pin the method promised to drop. */
class BadReleasesNotDroppedInCatch {
  // BUG: Diagnostic contains: ContractViolation
  static void report(@Releases(USERS) Mm mm, Writer out) {
    try {
      out.write(mm.toString());
    } catch (IOException e) {
      return;
    }
    mmput(mm);
  }
}

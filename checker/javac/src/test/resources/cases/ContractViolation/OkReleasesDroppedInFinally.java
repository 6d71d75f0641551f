import static dev.pincheck.annotations.Pin.USERS;
import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.annotations.Releases;
import dev.pincheck.runtime.Mm;
import java.io.IOException;
import java.io.Writer;

/** The finally block drops the pin whether the write fails or not. */
class OkReleasesDroppedInFinally {
  static void report(@Releases(USERS) Mm mm, Writer out) {
    try {
      out.write(mm.toString());
    } catch (IOException e) {
      return;
    } finally {
      mmput(mm);
    }
  }
}

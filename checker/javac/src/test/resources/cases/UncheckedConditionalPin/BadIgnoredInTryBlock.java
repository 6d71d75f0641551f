import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;
import java.io.IOException;
import java.io.Writer;

/** The pin is tried inside the try and the finally drops a pin that may not exist. */
class BadIgnoredInTryBlock {
  static void report(Mm mm, Writer out) throws IOException {
    try {
      // BUG: Diagnostic contains: UncheckedConditionalPin
      mmgetNotZero(mm);
      out.write(mm.toString());
    } finally {
      mmput(mm);
    }
  }
}

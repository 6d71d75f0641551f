import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;

/** A nested worker class ignores the conditional pin. */
class BadIgnoredInNestedClass {
  static final class Scanner {
    int scan(Mm mm, long address) {
      // BUG: Diagnostic contains: UncheckedConditionalPin
      mmgetNotZero(mm);
      return (int) (address >>> 12);
    }
  }
}

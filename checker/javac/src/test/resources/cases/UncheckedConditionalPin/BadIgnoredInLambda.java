import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;
import java.util.function.Consumer;

/** The lambda body ignores the result of mmget_not_zero on its argument. */
class BadIgnoredInLambda {
  static Consumer<Mm> ager(long[] stats) {
    return mm -> {
      // BUG: Diagnostic contains: UncheckedConditionalPin
      mmgetNotZero(mm);
      stats[0]++;
      mmput(mm);
    };
  }
}

import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;
import java.util.function.Consumer;

/** The lambda body tests the result before touching the address space. */
class OkCheckedInLambda {
  static Consumer<Mm> ager(long[] stats) {
    return mm -> {
      if (!mmgetNotZero(mm)) {
        return;
      }
      stats[0]++;
      mmput(mm);
    };
  }
}

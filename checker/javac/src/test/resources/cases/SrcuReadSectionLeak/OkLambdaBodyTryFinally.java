import static dev.pincheck.runtime.Srcu.*;

import dev.pincheck.runtime.Srcu;
import java.util.function.Supplier;

/** Near miss of BadLeakInLambdaBody. */
class OkLambdaBodyTryFinally {
  private final Srcu srcu = new Srcu("table");
  private volatile String entry;

  Supplier<String> reader() {
    return () -> {
      int idx = srcuReadLock(srcu);
      try {
        String e = entry;
        return e == null ? "" : e;
      } finally {
        srcuReadUnlock(srcu, idx);
      }
    };
  }
}

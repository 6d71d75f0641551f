import static dev.pincheck.runtime.Srcu.*;

import dev.pincheck.runtime.Srcu;
import java.util.function.Supplier;

/** A lambda body is checked on its own: its section is left on one path only. */
class BadLeakInLambdaBody {
  private final Srcu srcu = new Srcu("table");
  private volatile String entry;

  Supplier<String> reader() {
    return () -> {
      // BUG: Diagnostic contains: SrcuReadSectionLeak
      int idx = srcuReadLock(srcu);
      String e = entry;
      if (e == null) {
        return "";
      }
      srcuReadUnlock(srcu, idx);
      return e;
    };
  }
}

import static dev.pincheck.runtime.Srcu.*;

import dev.pincheck.runtime.Srcu;
import java.util.List;

/**
 * List.get may throw IndexOutOfBoundsException, but unchecked exceptions from arbitrary
 * calls are ignored by default (-strictExceptions would include them).
 */
class OkUncheckedExceptionIgnoredByDefault {
  private final Srcu srcu = new Srcu("list");
  private volatile List<String> names = List.of("a");

  String first() {
    int idx = srcuReadLock(srcu);
    String n = names.get(0);
    srcuReadUnlock(srcu, idx);
    return n;
  }
}

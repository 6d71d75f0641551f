import static dev.pincheck.runtime.Srcu.*;

import dev.pincheck.runtime.Srcu;

/** Near miss of BadEarlyReturn: finally leaves the section on every path. */
class OkTryFinallyEarlyReturn {
  private final Srcu srcu = new Srcu("table");
  private volatile Object entry;

  Object lookup() {
    int idx = srcuReadLock(srcu);
    try {
      Object e = entry;
      if (e == null) {
        return null;
      }
      return e;
    } finally {
      srcuReadUnlock(srcu, idx);
    }
  }
}

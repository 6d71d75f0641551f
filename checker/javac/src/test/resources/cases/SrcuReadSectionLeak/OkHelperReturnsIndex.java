import static dev.pincheck.runtime.Srcu.*;

import dev.pincheck.runtime.Srcu;

/** A helper that enters the section and returns the index hands the section to its caller. */
class OkHelperReturnsIndex {
  private final Srcu srcu = new Srcu("routes");
  private volatile String route = "";

  private int enter() {
    return srcuReadLock(srcu);
  }

  String route() {
    int idx = enter();
    try {
      return route;
    } finally {
      srcuReadUnlock(srcu, idx);
    }
  }
}

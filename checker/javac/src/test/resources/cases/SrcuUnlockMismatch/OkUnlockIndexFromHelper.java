import static dev.pincheck.runtime.Srcu.*;

import dev.pincheck.runtime.Srcu;

/** The index comes from a same-file helper that entered the section. */
class OkUnlockIndexFromHelper {
  private final Srcu srcu = new Srcu("routes");
  private volatile String route = "";

  private int enter() {
    return srcuReadLock(srcu);
  }

  String route() {
    int idx = enter();
    String r = route;
    srcuReadUnlock(srcu, idx);
    return r;
  }
}

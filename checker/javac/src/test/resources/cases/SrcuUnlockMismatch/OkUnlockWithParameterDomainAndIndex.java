import static dev.pincheck.runtime.Srcu.*;

import dev.pincheck.runtime.Srcu;

/** Domain and index both come from the caller. */
class OkUnlockWithParameterDomainAndIndex {
  static void leave(Srcu domain, int idx, Runnable beforeLeaving) {
    beforeLeaving.run();
    srcuReadUnlock(domain, idx);
  }
}

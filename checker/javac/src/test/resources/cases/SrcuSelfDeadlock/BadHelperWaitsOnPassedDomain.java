import static dev.pincheck.runtime.Srcu.*;

import dev.pincheck.runtime.Srcu;

/** The helper waits for the domain it is given; here that is the one being read. */
class BadHelperWaitsOnPassedDomain {
  private final Srcu srcu = new Srcu("routes");

  private static void quiesce(Srcu domain) {
    synchronizeSrcu(domain);
  }

  void refresh() {
    int idx = srcuReadLock(srcu);
    // BUG: Diagnostic contains: SrcuSelfDeadlock
    quiesce(srcu);
    srcuReadUnlock(srcu, idx);
  }
}

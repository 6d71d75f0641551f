import static dev.pincheck.runtime.Srcu.*;

import dev.pincheck.runtime.Srcu;

/** Near miss of BadUnlockWithIndexOfOtherDomain: each domain gets back its own index. */
class OkTwoDomainsEachWithItsIndex {
  private final Srcu routes = new Srcu("routes");
  private final Srcu devices = new Srcu("devices");

  void link() {
    int ri = srcuReadLock(routes);
    int di = srcuReadLock(devices);
    srcuReadUnlock(routes, ri);
    srcuReadUnlock(devices, di);
  }
}

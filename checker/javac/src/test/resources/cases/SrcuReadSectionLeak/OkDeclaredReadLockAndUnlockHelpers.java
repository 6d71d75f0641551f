import static dev.pincheck.runtime.Srcu.*;

import dev.pincheck.annotations.ReadIndex;
import dev.pincheck.annotations.ReadLock;
import dev.pincheck.annotations.ReadUnlock;
import dev.pincheck.annotations.SrcuDomain;
import dev.pincheck.runtime.Srcu;

/** Helpers that declare their contracts; the caller pairs them like the runtime calls. */
class OkDeclaredReadLockAndUnlockHelpers {
  @ReadLock
  static int beginRead(@SrcuDomain Srcu domain) {
    return srcuReadLock(domain);
  }

  @ReadUnlock
  static void endRead(@SrcuDomain Srcu domain, @ReadIndex int idx) {
    srcuReadUnlock(domain, idx);
  }

  private final Srcu srcu = new Srcu("routes");
  private volatile String route = "";

  String route() {
    int idx = beginRead(srcu);
    String r = route;
    endRead(srcu, idx);
    return r;
  }
}

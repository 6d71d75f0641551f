import static dev.pincheck.runtime.Srcu.*;

import dev.pincheck.runtime.Srcu;

/** srcu() returns the same domain each time; pincheck cannot tell, so it does not claim otherwise. */
class OkDomainThroughGetter {
  private final Srcu srcu = new Srcu("kvm");

  Srcu srcu() {
    return srcu;
  }

  void f() {
    int idx = srcuReadLock(srcu());
    srcuReadUnlock(srcu(), idx);
  }
}

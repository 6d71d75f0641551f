import static dev.pincheck.runtime.Srcu.*;

import dev.pincheck.runtime.Srcu;

/** exit(idx) leaves the section of this.srcu (inferred), so f() leaves it on every path. */
class OkUnlockHelperOnFieldDomain {
  private final Srcu srcu = new Srcu("memslots");

  private void exit(int idx) {
    srcuReadUnlock(srcu, idx);
  }

  void f() {
    int idx = srcuReadLock(srcu);
    exit(idx);
  }
}

import static dev.pincheck.runtime.Srcu.*;

import dev.pincheck.runtime.Srcu;

/** SRCU sections need not be left in reverse order: each index names its own section. */
class OkNonLifoUnlockOrder {
  private final Srcu srcu = new Srcu("nested");

  void overlap() {
    int first = srcuReadLock(srcu);
    int second = srcuReadLock(srcu);
    srcuReadUnlock(srcu, first);
    srcuReadUnlock(srcu, second);
  }
}

import static dev.pincheck.runtime.Srcu.*;

import dev.pincheck.runtime.Srcu;

/** The index travels through another local; it still names the same section. */
class OkUnlockWithCopiedIndex {
  private final Srcu srcu = new Srcu("table");
  private volatile Object entry;

  Object lookup() {
    int idx = srcuReadLock(srcu);
    int saved = idx;
    Object e = entry;
    srcuReadUnlock(srcu, saved);
    return e;
  }
}

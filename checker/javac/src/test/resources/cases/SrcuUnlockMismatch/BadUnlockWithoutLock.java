import static dev.pincheck.runtime.Srcu.*;

import dev.pincheck.runtime.Srcu;

/** No read section was entered: the index is made up. */
class BadUnlockWithoutLock {
  private final Srcu srcu = new Srcu("table");

  void reset() {
    // BUG: Diagnostic contains: SrcuUnlockMismatch
    srcuReadUnlock(srcu, 0);
  }
}

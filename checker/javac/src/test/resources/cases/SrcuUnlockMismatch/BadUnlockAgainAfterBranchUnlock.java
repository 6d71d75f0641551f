import static dev.pincheck.runtime.Srcu.*;

import dev.pincheck.runtime.Srcu;

/** When abort is true the section is left twice. */
class BadUnlockAgainAfterBranchUnlock {
  private final Srcu srcu = new Srcu("config");
  private int reads;

  void read(boolean abort) {
    int idx = srcuReadLock(srcu);
    if (abort) {
      srcuReadUnlock(srcu, idx);
    } else {
      reads++;
    }
    // BUG: Diagnostic contains: SrcuUnlockMismatch
    srcuReadUnlock(srcu, idx);
  }
}

import static dev.pincheck.runtime.Srcu.*;

import dev.pincheck.runtime.Srcu;

/** Nested sections: the inner index is used twice, the second time it names no open section. */
class BadUnlockLeftNestedIndexTwice {
  private final Srcu srcu = new Srcu("nested");

  void walk() {
    int outer = srcuReadLock(srcu);
    int inner = srcuReadLock(srcu);
    srcuReadUnlock(srcu, inner);
    // BUG: Diagnostic contains: SrcuUnlockMismatch
    srcuReadUnlock(srcu, inner);
    srcuReadUnlock(srcu, outer);
  }
}

import static dev.pincheck.runtime.Srcu.*;

import dev.pincheck.runtime.Srcu;

/** Leaving the inner section does not leave the outer one. */
class BadSynchronizeInOuterNestedSection {
  private final Srcu srcu = new Srcu("nested");

  void work() {
    int outer = srcuReadLock(srcu);
    int inner = srcuReadLock(srcu);
    srcuReadUnlock(srcu, inner);
    // BUG: Diagnostic contains: SrcuSelfDeadlock
    synchronizeSrcu(srcu);
    srcuReadUnlock(srcu, outer);
  }
}

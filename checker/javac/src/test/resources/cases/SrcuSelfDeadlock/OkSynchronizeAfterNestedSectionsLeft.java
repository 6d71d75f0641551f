import static dev.pincheck.runtime.Srcu.*;

import dev.pincheck.runtime.Srcu;

/** Near miss of BadSynchronizeInOuterNestedSection: both sections are left first. */
class OkSynchronizeAfterNestedSectionsLeft {
  private final Srcu srcu = new Srcu("nested");

  void work() {
    int outer = srcuReadLock(srcu);
    int inner = srcuReadLock(srcu);
    srcuReadUnlock(srcu, inner);
    srcuReadUnlock(srcu, outer);
    synchronizeSrcu(srcu);
  }
}

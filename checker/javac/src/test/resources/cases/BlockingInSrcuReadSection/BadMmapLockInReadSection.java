import static dev.pincheck.runtime.Mm.*;
import static dev.pincheck.runtime.Srcu.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.Srcu;

/** The mmap lock is a sleeping lock (mmap_sem). */
class BadMmapLockInReadSection {
  private final Srcu srcu = new Srcu("vmas");

  void scan(Mm mm) {
    int idx = srcuReadLock(srcu);
    // BUG: Diagnostic contains: BlockingInSrcuReadSection
    mmapReadLock(mm);
    mmapReadUnlock(mm);
    srcuReadUnlock(srcu, idx);
  }
}

import static dev.pincheck.runtime.Srcu.*;

import dev.pincheck.runtime.Srcu;

/** Waiting on another domain cannot deadlock, but it still blocks inside the reader. */
class BadSynchronizeOtherDomainInReadSection {
  private final Srcu readers = new Srcu("readers");
  private final Srcu retired = new Srcu("retired");

  void lookupAndRetire() {
    int idx = srcuReadLock(readers);
    try {
      // BUG: Diagnostic contains: BlockingInSrcuReadSection
      synchronizeSrcu(retired);
    } finally {
      srcuReadUnlock(readers, idx);
    }
  }
}

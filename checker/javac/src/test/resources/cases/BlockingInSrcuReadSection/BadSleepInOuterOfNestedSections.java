import static dev.pincheck.runtime.Srcu.*;

import dev.pincheck.runtime.Srcu;

/** The inner section is left, but the outer one is still open when the join happens. */
class BadSleepInOuterOfNestedSections {
  private final Srcu srcu = new Srcu("nested");

  void work(Thread helper) throws InterruptedException {
    int outer = srcuReadLock(srcu);
    int inner = srcuReadLock(srcu);
    srcuReadUnlock(srcu, inner);
    try {
      // BUG: Diagnostic contains: BlockingInSrcuReadSection
      helper.join();
    } finally {
      srcuReadUnlock(srcu, outer);
    }
  }
}

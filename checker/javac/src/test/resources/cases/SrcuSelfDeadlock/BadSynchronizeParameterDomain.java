import static dev.pincheck.runtime.Srcu.*;

import dev.pincheck.runtime.Srcu;

/** Same parameter, same domain, whatever the caller passes. */
class BadSynchronizeParameterDomain {
  static void retireWhileReading(Srcu domain, Runnable unpublish) {
    int idx = srcuReadLock(domain);
    try {
      unpublish.run();
      // BUG: Diagnostic contains: SrcuSelfDeadlock
      synchronizeSrcu(domain);
    } finally {
      srcuReadUnlock(domain, idx);
    }
  }
}

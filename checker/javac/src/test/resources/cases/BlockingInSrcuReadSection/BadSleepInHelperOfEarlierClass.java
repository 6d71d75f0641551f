import static dev.pincheck.runtime.Srcu.*;

import dev.pincheck.runtime.Srcu;

/** The sleeping helper's class comes first in the file; the read section still sees it block. */
final class Naps {
  static void nap() throws InterruptedException {
    Thread.sleep(1);
  }
}

class BadSleepInHelperOfEarlierClass {
  private final Srcu srcu = new Srcu("a");

  void f() throws InterruptedException {
    int idx = srcuReadLock(srcu);
    try {
      // BUG: Diagnostic contains: BlockingInSrcuReadSection
      Naps.nap();
    } finally {
      srcuReadUnlock(srcu, idx);
    }
  }
}

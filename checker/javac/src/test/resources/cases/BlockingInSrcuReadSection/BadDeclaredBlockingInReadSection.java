import static dev.pincheck.runtime.Srcu.*;

import dev.pincheck.annotations.Blocking;
import dev.pincheck.runtime.Srcu;

/** A method declared @Blocking may sleep whatever its body looks like here. */
class BadDeclaredBlockingInReadSection {
  private final Srcu srcu = new Srcu("device");

  @Blocking
  void flushToDevice() {}

  void update() {
    int idx = srcuReadLock(srcu);
    try {
      // BUG: Diagnostic contains: BlockingInSrcuReadSection
      flushToDevice();
    } finally {
      srcuReadUnlock(srcu, idx);
    }
  }
}

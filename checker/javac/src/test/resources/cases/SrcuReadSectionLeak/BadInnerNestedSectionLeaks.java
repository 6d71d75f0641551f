import static dev.pincheck.runtime.Srcu.*;

import dev.pincheck.runtime.Srcu;

/** Each index is its own section: the outer one is left, the inner one is not. */
class BadInnerNestedSectionLeaks {
  private final Srcu srcu = new Srcu("nested");
  private volatile Object child;

  Object walk() {
    int outer = srcuReadLock(srcu);
    try {
      // BUG: Diagnostic contains: SrcuReadSectionLeak
      int inner = srcuReadLock(srcu);
      Object c = child;
      if (c == null) {
        return null;
      }
      srcuReadUnlock(srcu, inner);
      return c;
    } finally {
      srcuReadUnlock(srcu, outer);
    }
  }
}

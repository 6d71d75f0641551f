import static dev.pincheck.runtime.Srcu.*;

import dev.pincheck.runtime.Srcu;

/** Near miss of BadInnerNestedSectionLeaks: the inner section is left on every path. */
class OkNestedSectionsBothLeft {
  private final Srcu srcu = new Srcu("nested");
  private volatile Object child;

  Object walk() {
    int outer = srcuReadLock(srcu);
    try {
      int inner = srcuReadLock(srcu);
      try {
        return child;
      } finally {
        srcuReadUnlock(srcu, inner);
      }
    } finally {
      srcuReadUnlock(srcu, outer);
    }
  }
}

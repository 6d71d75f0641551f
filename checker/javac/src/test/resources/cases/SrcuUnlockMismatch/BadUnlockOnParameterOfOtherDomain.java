import static dev.pincheck.runtime.Srcu.*;

import dev.pincheck.runtime.Srcu;

/** The section was entered on `from`; the unlock names `to`. */
class BadUnlockOnParameterOfOtherDomain {
  static Object copy(Srcu from, Srcu to, Object[] slot) {
    int idx = srcuReadLock(from);
    Object o = slot[0];
    // BUG: Diagnostic contains: SrcuUnlockMismatch
    srcuReadUnlock(to, idx);
    return o;
  }
}

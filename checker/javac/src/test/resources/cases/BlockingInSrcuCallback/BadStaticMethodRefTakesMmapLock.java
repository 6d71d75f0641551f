import static dev.pincheck.runtime.Mm.*;
import static dev.pincheck.runtime.MmuNotifier.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.RcuHead;

/** The mmap lock is a sleeping lock; the static method reference runs after a grace period. */
class BadStaticMethodRefTakesMmapLock {
  static final class Range extends RcuHead {
    Mm mm;
  }

  static void unmapLater(RcuHead head) {
    Mm mm = ((Range) head).mm;
    mmapWriteLock(mm);
    mmapWriteUnlock(mm);
  }

  static void retire(Range r) {
    // BUG: Diagnostic contains: BlockingInSrcuCallback
    mmuNotifierCallSrcu(r, BadStaticMethodRefTakesMmapLock::unmapLater);
  }
}

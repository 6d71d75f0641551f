import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.MmuNotifier;

class BadMmputOfLocalAlias extends MmuNotifier {
  private volatile long faults;

  @Override
  public void invalidateRange(Mm mm, long start, long end) {
    Mm target = mm;
    if (mmgetNotZero(target)) {
      try {
        faults++;
      } finally {
        // BUG: Diagnostic contains: LastPutInNotifierCallback
        mmput(target);
      }
    }
  }
}

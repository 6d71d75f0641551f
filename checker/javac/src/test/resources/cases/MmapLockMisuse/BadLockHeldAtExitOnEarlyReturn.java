import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;

class BadLockHeldAtExitOnEarlyReturn {
  private volatile long mapCount;

  boolean grow(Mm mm, long limit) {
    // BUG: Diagnostic contains: MmapLockMisuse
    mmapWriteLock(mm);
    if (mapCount >= limit) {
      return false;
    }
    mapCount++;
    mmapWriteUnlock(mm);
    return true;
  }
}

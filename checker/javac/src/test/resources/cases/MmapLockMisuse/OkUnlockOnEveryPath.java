import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;

/** Near miss of BadLockHeldAtExitOnEarlyReturn. */
class OkUnlockOnEveryPath {
  private volatile long mapCount;

  boolean grow(Mm mm, long limit) {
    mmapWriteLock(mm);
    if (mapCount >= limit) {
      mmapWriteUnlock(mm);
      return false;
    }
    mapCount++;
    mmapWriteUnlock(mm);
    return true;
  }
}

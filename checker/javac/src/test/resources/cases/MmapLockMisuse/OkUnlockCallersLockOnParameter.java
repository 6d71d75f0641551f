import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;

/** Releases the lock its caller took: a parameter's lock state is unknown, so trusted. */
class OkUnlockCallersLockOnParameter {
  private volatile long reads;

  void finishRead(Mm mm) {
    reads++;
    mmapReadUnlock(mm);
  }
}

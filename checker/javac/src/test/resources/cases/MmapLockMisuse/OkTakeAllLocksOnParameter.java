import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;

/** Called with the mmap lock held for write by the caller. */
class OkTakeAllLocksOnParameter {
  private volatile long frozen;

  void freezeLocked(Mm mm) {
    mmTakeAllLocks(mm);
    frozen++;
    mmDropAllLocks(mm);
  }
}

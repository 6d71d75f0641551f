import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;

/** release() drops the object's mm_count pin, then takes the mmap lock of a freed struct. */
class BadMmapLockAfterFieldMmdrop {
  private final Mm mm;

  BadMmapLockAfterFieldMmdrop(Mm mm) {
    mmgrab(mm);
    this.mm = mm;
  }

  void release(long[] stats) {
    mmdrop(this.mm);
    // BUG: Diagnostic contains: UseAfterRelease
    mmapReadLock(this.mm);
    stats[0]++;
    mmapReadUnlock(this.mm);
  }
}

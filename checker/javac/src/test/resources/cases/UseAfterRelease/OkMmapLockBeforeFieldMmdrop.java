import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;

/** release() takes and leaves the mmap lock first, then drops the object's mm_count pin. */
class OkMmapLockBeforeFieldMmdrop {
  private final Mm mm;

  OkMmapLockBeforeFieldMmdrop(Mm mm) {
    mmgrab(mm);
    this.mm = mm;
  }

  void release(long[] stats) {
    mmapReadLock(this.mm);
    stats[0]++;
    mmapReadUnlock(this.mm);
    mmdrop(this.mm);
  }
}

import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;

/** The mmap lock is not reentrant. */
class BadMmapWriteLockTwice {
  private volatile long mapCount;

  void remap(Mm mm, boolean split) {
    mmapWriteLock(mm);
    if (split) {
      // BUG: Diagnostic contains: MmapLockMisuse
      mmapWriteLock(mm);
      mapCount++;
    }
    mmapWriteUnlock(mm);
  }
}

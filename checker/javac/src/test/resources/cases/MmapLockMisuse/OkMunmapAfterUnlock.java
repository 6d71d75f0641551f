import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;

/** Near miss of BadMunmapWithMmapLockHeld. */
class OkMunmapAfterUnlock {
  private volatile long lastLength;

  void shrink(Mm mm, long start, long length) {
    mmapWriteLock(mm);
    lastLength = length;
    mmapWriteUnlock(mm);
    munmap(mm, start, length);
  }
}

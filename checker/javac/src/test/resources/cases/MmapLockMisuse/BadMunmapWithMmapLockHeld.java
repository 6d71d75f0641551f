import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;

/** munmap takes the mmap lock itself (@TakesLock), like mmuNotifierRegister. */
class BadMunmapWithMmapLockHeld {
  void shrink(Mm mm, long start, long length) {
    mmapWriteLock(mm);
    try {
      // BUG: Diagnostic contains: MmapLockMisuse
      munmap(mm, start, length);
    } finally {
      mmapWriteUnlock(mm);
    }
  }
}

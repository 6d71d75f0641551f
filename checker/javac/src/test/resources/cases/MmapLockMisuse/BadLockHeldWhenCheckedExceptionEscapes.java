import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;
import java.io.IOException;

class BadLockHeldWhenCheckedExceptionEscapes {
  private static void dumpVmas(Mm mm) throws IOException {
    if (mm.users() == 0) {
      throw new IOException("exited");
    }
  }

  void dump(Mm mm) throws IOException {
    // BUG: Diagnostic contains: MmapLockMisuse
    mmapReadLock(mm);
    dumpVmas(mm);
    mmapReadUnlock(mm);
  }
}

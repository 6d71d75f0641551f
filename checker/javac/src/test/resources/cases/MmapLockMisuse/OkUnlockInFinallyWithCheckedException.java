import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;
import java.io.IOException;

/** Near miss of BadLockHeldWhenCheckedExceptionEscapes. */
class OkUnlockInFinallyWithCheckedException {
  private static void dumpVmas(Mm mm) throws IOException {
    if (mm.users() == 0) {
      throw new IOException("exited");
    }
  }

  void dump(Mm mm) throws IOException {
    mmapReadLock(mm);
    try {
      dumpVmas(mm);
    } finally {
      mmapReadUnlock(mm);
    }
  }
}

import static dev.pincheck.runtime.Srcu.*;

import dev.pincheck.runtime.Srcu;
import java.io.IOException;

/** Near miss of BadUnlockInCatchAndFinally: only finally leaves the section. */
class OkUnlockOnceInFinally {
  private final Srcu srcu = new Srcu("files");

  private static int parse(String s) throws IOException {
    if (s.isEmpty()) {
      throw new IOException("empty");
    }
    return s.length();
  }

  int size(String s) {
    int idx = srcuReadLock(srcu);
    try {
      return parse(s);
    } catch (IOException e) {
      return -1;
    } finally {
      srcuReadUnlock(srcu, idx);
    }
  }
}

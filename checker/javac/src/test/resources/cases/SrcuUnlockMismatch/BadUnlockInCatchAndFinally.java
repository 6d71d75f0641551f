import static dev.pincheck.runtime.Srcu.*;

import dev.pincheck.runtime.Srcu;
import java.io.IOException;

/** On the exception path the handler and then finally both leave the section. */
class BadUnlockInCatchAndFinally {
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
      srcuReadUnlock(srcu, idx);
      return -1;
    } finally {
      // BUG: Diagnostic contains: SrcuUnlockMismatch
      srcuReadUnlock(srcu, idx);
    }
  }
}

import static dev.pincheck.runtime.Srcu.*;

import dev.pincheck.runtime.Srcu;
import java.io.IOException;

/** The handler returns, skipping the unlock that only the normal path reaches. */
class BadCatchReturnsWithoutUnlock {
  private final Srcu srcu = new Srcu("files");

  private static int parse(String s) throws IOException {
    if (s.isEmpty()) {
      throw new IOException("empty");
    }
    return s.length();
  }

  int size(String s) {
    // BUG: Diagnostic contains: SrcuReadSectionLeak
    int idx = srcuReadLock(srcu);
    try {
      int n = parse(s);
      srcuReadUnlock(srcu, idx);
      return n;
    } catch (IOException e) {
      return -1;
    }
  }
}

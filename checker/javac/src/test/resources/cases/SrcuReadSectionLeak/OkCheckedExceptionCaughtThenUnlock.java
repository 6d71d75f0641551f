import static dev.pincheck.runtime.Srcu.*;

import dev.pincheck.runtime.Srcu;
import java.io.IOException;

/** Near miss of BadCatchReturnsWithoutUnlock: the handler leaves the section too. */
class OkCheckedExceptionCaughtThenUnlock {
  private final Srcu srcu = new Srcu("files");

  private static int parse(String s) throws IOException {
    if (s.isEmpty()) {
      throw new IOException("empty");
    }
    return s.length();
  }

  int size(String s) {
    int idx = srcuReadLock(srcu);
    int n;
    try {
      n = parse(s);
    } catch (IOException e) {
      n = -1;
    }
    srcuReadUnlock(srcu, idx);
    return n;
  }
}

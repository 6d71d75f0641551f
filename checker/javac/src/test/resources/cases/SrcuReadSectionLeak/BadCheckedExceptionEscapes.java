import static dev.pincheck.runtime.Srcu.*;

import dev.pincheck.runtime.Srcu;
import java.io.IOException;

/** A checked exception from the helper leaves the method with the section open. */
class BadCheckedExceptionEscapes {
  private final Srcu srcu = new Srcu("files");
  private volatile String path = "/tmp/x";

  private static byte[] load(String p) throws IOException {
    if (p.isEmpty()) {
      throw new IOException("empty path");
    }
    return new byte[0];
  }

  byte[] read() throws IOException {
    // BUG: Diagnostic contains: SrcuReadSectionLeak
    int idx = srcuReadLock(srcu);
    byte[] data = load(path);
    srcuReadUnlock(srcu, idx);
    return data;
  }
}

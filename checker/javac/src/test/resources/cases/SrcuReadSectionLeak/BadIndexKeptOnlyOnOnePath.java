import static dev.pincheck.runtime.Srcu.*;

import dev.pincheck.runtime.Srcu;

/** The early return neither keeps the index for stop() nor leaves the section. */
class BadIndexKeptOnlyOnOnePath {
  private final Srcu srcu = new Srcu("entries");
  private int idx;
  private volatile boolean empty;

  boolean start() {
    // BUG: Diagnostic contains: SrcuReadSectionLeak
    int i = srcuReadLock(srcu);
    if (empty) {
      return false;
    }
    idx = i;
    return true;
  }

  void stop() {
    srcuReadUnlock(srcu, idx);
  }
}

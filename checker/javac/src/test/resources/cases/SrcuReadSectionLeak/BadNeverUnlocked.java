import static dev.pincheck.runtime.Srcu.*;

import dev.pincheck.runtime.Srcu;

class BadNeverUnlocked {
  private final Srcu srcu = new Srcu("config");
  private volatile String value = "";

  String get() {
    // BUG: Diagnostic contains: SrcuReadSectionLeak
    int idx = srcuReadLock(srcu);
    return value;
  }
}

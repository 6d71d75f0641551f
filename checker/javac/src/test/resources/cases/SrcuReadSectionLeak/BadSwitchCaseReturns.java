import static dev.pincheck.runtime.Srcu.*;

import dev.pincheck.runtime.Srcu;

class BadSwitchCaseReturns {
  private final Srcu srcu = new Srcu("modes");
  private volatile int mode;

  String describe() {
    // BUG: Diagnostic contains: SrcuReadSectionLeak
    int idx = srcuReadLock(srcu);
    String name;
    switch (mode) {
      case 0:
        name = "off";
        break;
      case 1:
        return "on";
      default:
        name = "unknown";
    }
    srcuReadUnlock(srcu, idx);
    return name;
  }
}

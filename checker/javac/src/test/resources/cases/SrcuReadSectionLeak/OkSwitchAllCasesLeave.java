import static dev.pincheck.runtime.Srcu.*;

import dev.pincheck.runtime.Srcu;

/** Near miss of BadSwitchCaseReturns: the returning case leaves the section first. */
class OkSwitchAllCasesLeave {
  private final Srcu srcu = new Srcu("modes");
  private volatile int mode;

  String describe() {
    int idx = srcuReadLock(srcu);
    String name;
    switch (mode) {
      case 0:
        name = "off";
        break;
      case 1:
        srcuReadUnlock(srcu, idx);
        return "on";
      default:
        name = "unknown";
    }
    srcuReadUnlock(srcu, idx);
    return name;
  }
}

import static dev.pincheck.runtime.Srcu.*;

import dev.pincheck.runtime.Srcu;

/** Two domains nested, indices swapped: each unlock names the other domain's section. */
class BadUnlockWithIndexOfOtherDomain {
  private final Srcu devices = new Srcu("devices");
  private final Srcu drivers = new Srcu("drivers");
  private int bound;

  void bind() {
    int a = srcuReadLock(devices);
    int b = srcuReadLock(drivers);
    bound++;
    // BUG: Diagnostic contains: SrcuUnlockMismatch
    srcuReadUnlock(devices, b);
    // BUG: Diagnostic contains: SrcuUnlockMismatch
    srcuReadUnlock(drivers, a);
  }
}

import static dev.pincheck.runtime.Srcu.*;

import dev.pincheck.runtime.Srcu;

/** The helper enters the section and returns the index; the caller must leave it. */
class BadSectionFromHelperLeaks {
  private final Srcu srcu = new Srcu("routes");
  private volatile String route;

  private int enter() {
    return srcuReadLock(srcu);
  }

  String route() {
    // BUG: Diagnostic contains: SrcuReadSectionLeak
    int idx = enter();
    String r = route;
    if (r == null) {
      return "default";
    }
    srcuReadUnlock(srcu, idx);
    return r;
  }
}

import static dev.pincheck.runtime.Srcu.*;

import dev.pincheck.runtime.Srcu;

/** An index that comes from the caller is trusted. */
class OkUnlockWithParameterIndex {
  private final Srcu srcu = new Srcu("table");

  void leave(int idx) {
    srcuReadUnlock(srcu, idx);
  }
}

import static dev.pincheck.runtime.Srcu.*;

import dev.pincheck.runtime.Srcu;

/** seq_file's shape: start() enters the read section and keeps the index, stop() leaves it. */
class OkIndexKeptForStop {
  private final Srcu srcu = new Srcu("entries");
  private int idx;

  void start() {
    idx = srcuReadLock(srcu);
  }

  void stop() {
    srcuReadUnlock(srcu, idx);
  }
}

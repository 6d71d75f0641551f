import static dev.pincheck.runtime.Srcu.*;

import dev.pincheck.runtime.RcuHead;
import dev.pincheck.runtime.Srcu;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/** Near miss of BadMethodRefBlocks: offer instead of put. */
class OkMethodRefNonBlocking {
  private final Srcu srcu = new Srcu("objects");
  private final BlockingQueue<RcuHead> reclaimed = new LinkedBlockingQueue<>(8);
  private long dropped;

  private void hand(RcuHead head) {
    if (!reclaimed.offer(head)) {
      dropped++;
    }
  }

  void retire(RcuHead obj) {
    callSrcu(srcu, obj, this::hand);
  }
}

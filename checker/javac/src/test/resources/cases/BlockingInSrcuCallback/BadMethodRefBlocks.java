import static dev.pincheck.runtime.Srcu.*;

import dev.pincheck.runtime.RcuHead;
import dev.pincheck.runtime.Srcu;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

class BadMethodRefBlocks {
  private final Srcu srcu = new Srcu("objects");
  private final BlockingQueue<RcuHead> reclaimed = new LinkedBlockingQueue<>(8);

  private void hand(RcuHead head) {
    try {
      reclaimed.put(head);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  void retire(RcuHead obj) {
    // BUG: Diagnostic contains: BlockingInSrcuCallback
    callSrcu(srcu, obj, this::hand);
  }
}

import static dev.pincheck.runtime.Srcu.*;

import dev.pincheck.runtime.RcuHead;
import dev.pincheck.runtime.Srcu;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;

class BadAnonymousConsumerBlocks {
  private final Srcu srcu = new Srcu("objects");
  private final CountDownLatch drained = new CountDownLatch(1);

  void retire(RcuHead obj) {
    // BUG: Diagnostic contains: BlockingInSrcuCallback
    callSrcu(srcu, obj, new Consumer<RcuHead>() {
      @Override
      public void accept(RcuHead head) {
        try {
          drained.await();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    });
  }
}

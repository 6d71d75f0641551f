import static dev.pincheck.runtime.Srcu.*;

import dev.pincheck.runtime.RcuHead;
import dev.pincheck.runtime.Srcu;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;

/** Near miss of BadAnonymousConsumerBlocks: the function counts down, it does not await. */
class OkAnonymousConsumerNonBlocking {
  private final Srcu srcu = new Srcu("objects");
  private final CountDownLatch drained = new CountDownLatch(1);

  void retire(RcuHead obj) {
    callSrcu(srcu, obj, new Consumer<RcuHead>() {
      @Override
      public void accept(RcuHead head) {
        drained.countDown();
      }
    });
  }

  void awaitDrained() throws InterruptedException {
    drained.await();
  }
}

import static dev.pincheck.runtime.Srcu.*;

import dev.pincheck.runtime.RcuHead;
import dev.pincheck.runtime.Srcu;
import java.util.concurrent.Semaphore;
import java.util.function.Consumer;

/** The function is an instance of a named class whose accept may block. */
class BadNamedClassInstanceBlocks {
  static final class ReturnSlot implements Consumer<RcuHead> {
    private final Semaphore slots;

    ReturnSlot(Semaphore slots) {
      this.slots = slots;
    }

    @Override
    public void accept(RcuHead head) {
      try {
        slots.acquire();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private final Srcu srcu = new Srcu("slots");
  private final Semaphore slots = new Semaphore(1);

  void retire(RcuHead obj) {
    // BUG: Diagnostic contains: BlockingInSrcuCallback
    callSrcu(srcu, obj, new ReturnSlot(slots));
  }
}

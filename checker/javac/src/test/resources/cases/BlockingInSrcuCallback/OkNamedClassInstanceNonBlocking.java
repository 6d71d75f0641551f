import static dev.pincheck.runtime.Srcu.*;

import dev.pincheck.runtime.RcuHead;
import dev.pincheck.runtime.Srcu;
import java.util.concurrent.Semaphore;
import java.util.function.Consumer;

/** Near miss of BadNamedClassInstanceBlocks: release never waits. */
class OkNamedClassInstanceNonBlocking {
  static final class ReturnSlot implements Consumer<RcuHead> {
    private final Semaphore slots;

    ReturnSlot(Semaphore slots) {
      this.slots = slots;
    }

    @Override
    public void accept(RcuHead head) {
      slots.release();
    }
  }

  private final Srcu srcu = new Srcu("slots");
  private final Semaphore slots = new Semaphore(1);

  void retire(RcuHead obj) {
    callSrcu(srcu, obj, new ReturnSlot(slots));
  }
}

import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.MmuNotifier;
import java.util.concurrent.Executor;

/** The amdkfd fix's other form: the pin is handed to deferred work that puts it later. */
class OkMmputDeferredToWorker extends MmuNotifier {
  private final Executor worker;

  OkMmputDeferredToWorker(Executor worker) {
    this.worker = worker;
  }

  @Override
  public void invalidateRangeStart(Mm mm, long start, long end) {
    if (!mmgetNotZero(mm)) {
      return;
    }
    worker.execute(() -> mmput(mm));
  }
}

import static dev.pincheck.runtime.MmuNotifier.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.MmuNotifier;
import java.util.concurrent.Executor;

/** The callback only queues the unregister; the lambda runs later on a worker thread. */
class OkUnregisterDeferredToWorker extends MmuNotifier {
  private final Executor worker;

  OkUnregisterDeferredToWorker(Executor worker) {
    this.worker = worker;
  }

  @Override
  public void invalidateRangeStart(Mm mm, long start, long end) {
    if (start == 0) {
      worker.execute(() -> mmuNotifierUnregister(this, mm));
    }
  }
}

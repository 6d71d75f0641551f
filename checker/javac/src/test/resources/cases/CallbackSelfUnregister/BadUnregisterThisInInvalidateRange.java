import static dev.pincheck.runtime.MmuNotifier.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.MmuNotifier;
import java.util.concurrent.atomic.AtomicBoolean;

/** An IOMMU-style notifier that detaches on the first invalidation after a fault. */
class BadUnregisterThisInInvalidateRange extends MmuNotifier {
  private final AtomicBoolean faulted = new AtomicBoolean();

  void fault() {
    faulted.set(true);
  }

  @Override
  public void invalidateRange(Mm mm, long start, long end) {
    if (faulted.get()) {
      // BUG: Diagnostic contains: CallbackSelfUnregister
      mmuNotifierUnregister(this, mm);
    }
  }
}

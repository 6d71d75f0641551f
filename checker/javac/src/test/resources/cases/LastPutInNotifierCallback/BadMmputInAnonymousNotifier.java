import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.MmuNotifier;
import java.util.concurrent.atomic.AtomicLong;

class BadMmputInAnonymousNotifier {
  private final AtomicLong invalidations = new AtomicLong();

  MmuNotifier create() {
    return new MmuNotifier() {
      @Override
      public void invalidatePage(Mm mm, long address) {
        if (!mmgetNotZero(mm)) {
          return;
        }
        invalidations.incrementAndGet();
        // BUG: Diagnostic contains: LastPutInNotifierCallback
        mmput(mm);
      }
    };
  }
}

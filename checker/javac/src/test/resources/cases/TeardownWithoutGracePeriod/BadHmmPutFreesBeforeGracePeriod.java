import static dev.pincheck.runtime.Mm.*;
import static dev.pincheck.runtime.MmuNotifier.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.MmuNotifier;
import java.util.concurrent.atomic.AtomicInteger;

/** hmm before "mm/hmm: fix use after free with struct hmm in the mmu notifiers". */
class BadHmmPutFreesBeforeGracePeriod {
  static final class Hmm extends MmuNotifier {
    final AtomicInteger kref = new AtomicInteger(1);
    final Mm mm;

    Hmm(Mm mm) {
      mmgrab(mm);
      this.mm = mm;
    }
  }

  static void hmmPut(Hmm hmm) {
    if (hmm.kref.decrementAndGet() == 0) {
      mmuNotifierUnregisterNoRelease(hmm, hmm.mm);
      // BUG: Diagnostic contains: TeardownWithoutGracePeriod
      mmdrop(hmm.mm);
    }
  }
}

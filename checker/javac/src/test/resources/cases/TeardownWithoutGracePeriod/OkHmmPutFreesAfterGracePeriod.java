import static dev.pincheck.runtime.Mm.*;
import static dev.pincheck.runtime.MmuNotifier.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.MmuNotifier;
import dev.pincheck.runtime.RcuHead;
import java.util.concurrent.atomic.AtomicInteger;

/** The hmm fix: the last put unhooks now and frees in mmuNotifierCallSrcu. */
class OkHmmPutFreesAfterGracePeriod {
  static final class Hmm extends MmuNotifier {
    final AtomicInteger kref = new AtomicInteger(1);
    final RcuHead rcu = new RcuHead();
    final Mm mm;

    Hmm(Mm mm) {
      mmgrab(mm);
      this.mm = mm;
    }
  }

  static void hmmPut(Hmm hmm) {
    if (hmm.kref.decrementAndGet() == 0) {
      mmuNotifierUnregisterNoRelease(hmm, hmm.mm);
      mmuNotifierCallSrcu(hmm.rcu, head -> mmdrop(hmm.mm));
    }
  }
}

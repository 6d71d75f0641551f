import static dev.pincheck.runtime.Srcu.*;

import dev.pincheck.runtime.Srcu;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

class BadFutureGetInReadSection {
  private final Srcu srcu = new Srcu("results");

  String result(Future<String> pending) throws InterruptedException, ExecutionException {
    int idx = srcuReadLock(srcu);
    try {
      // BUG: Diagnostic contains: BlockingInSrcuReadSection
      return pending.get();
    } finally {
      srcuReadUnlock(srcu, idx);
    }
  }
}

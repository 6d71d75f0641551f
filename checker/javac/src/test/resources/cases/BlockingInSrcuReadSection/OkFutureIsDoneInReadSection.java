import static dev.pincheck.runtime.Srcu.*;

import dev.pincheck.runtime.Srcu;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** Near miss of BadFutureGetInReadSection: only isDone inside; get after the section. */
class OkFutureIsDoneInReadSection {
  private final Srcu srcu = new Srcu("results");

  String result(Future<String> pending) throws InterruptedException, ExecutionException {
    boolean done;
    int idx = srcuReadLock(srcu);
    done = pending.isDone();
    srcuReadUnlock(srcu, idx);
    return done ? pending.get() : null;
  }
}

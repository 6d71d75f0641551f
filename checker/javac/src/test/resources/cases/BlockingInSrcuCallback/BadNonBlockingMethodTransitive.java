import dev.pincheck.annotations.NonBlocking;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** The @NonBlocking method calls a same-file helper that waits on a future. */
class BadNonBlockingMethodTransitive {
  private volatile Future<Integer> pending;

  private int await() {
    try {
      return pending.get();
    } catch (InterruptedException | ExecutionException e) {
      return -1;
    }
  }

  @NonBlocking
  int peek() {
    // BUG: Diagnostic contains: BlockingInSrcuCallback
    return await();
  }
}

import dev.pincheck.annotations.NonBlocking;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;

/** A user API declares its hook parameter @NonBlocking, like callSrcu's function. */
class BadUserNonBlockingParameter {
  private final List<Runnable> hooks = new ArrayList<>();
  private final Lock lock = new ReentrantLock();

  void onInvalidate(@NonBlocking Runnable hook) {
    hooks.add(hook);
  }

  void install() {
    // BUG: Diagnostic contains: BlockingInSrcuCallback
    onInvalidate(() -> lock.lock());
  }
}

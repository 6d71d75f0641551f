import dev.pincheck.annotations.NonBlocking;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/** Near miss of BadUserNonBlockingParameter: the hook only counts. */
class OkUserNonBlockingParameterHook {
  private final List<Runnable> hooks = new ArrayList<>();
  private final AtomicLong invalidations = new AtomicLong();

  void onInvalidate(@NonBlocking Runnable hook) {
    hooks.add(hook);
  }

  void install() {
    onInvalidate(invalidations::incrementAndGet);
  }
}

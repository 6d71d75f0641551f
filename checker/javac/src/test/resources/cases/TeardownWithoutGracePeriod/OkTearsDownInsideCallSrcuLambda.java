import static dev.pincheck.runtime.MmuNotifier.*;

import dev.pincheck.annotations.TearsDown;
import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.MmuNotifier;
import dev.pincheck.runtime.RcuHead;
import java.util.concurrent.ConcurrentHashMap;

/** Near miss of BadTearsDownAfterNoReleaseInCallback. */
class OkTearsDownInsideCallSrcuLambda extends MmuNotifier {
  private final ConcurrentHashMap<Long, Long> deviceTable = new ConcurrentHashMap<>();
  private final RcuHead rcu = new RcuHead();

  @TearsDown
  void destroy() {
    deviceTable.clear();
  }

  @Override
  public void release(Mm mm) {
    mmuNotifierUnregisterNoRelease(this, mm);
    mmuNotifierCallSrcu(rcu, head -> destroy());
  }
}

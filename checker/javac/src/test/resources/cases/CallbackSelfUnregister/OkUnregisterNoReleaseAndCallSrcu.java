import static dev.pincheck.runtime.MmuNotifier.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.MmuNotifier;
import dev.pincheck.runtime.RcuHead;

/** The fix for BadUnregisterThisInRelease: unhook without waiting, free after the grace period. */
class OkUnregisterNoReleaseAndCallSrcu extends MmuNotifier {
  private final RcuHead rcu = new RcuHead();
  private volatile boolean stopped;
  private volatile boolean freed;

  @Override
  public void release(Mm mm) {
    stopped = true;
    mmuNotifierUnregisterNoRelease(this, mm);
    mmuNotifierCallSrcu(rcu, head -> freed = true);
  }
}

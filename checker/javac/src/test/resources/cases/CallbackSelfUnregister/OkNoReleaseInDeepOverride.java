import static dev.pincheck.runtime.MmuNotifier.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.MmuNotifier;
import dev.pincheck.runtime.RcuHead;

/** Near miss of BadUnregisterThisInDeepOverride, with the kernel's fix. */
class OkNoReleaseInDeepOverride {
  abstract static class DeviceMirror extends MmuNotifier {
    final RcuHead rcu = new RcuHead();
    volatile boolean stopped;
  }

  static final class NicMirror extends DeviceMirror {
    @Override
    public void release(Mm mm) {
      stopped = true;
      mmuNotifierUnregisterNoRelease(this, mm);
      mmuNotifierCallSrcu(rcu, head -> stopped = true);
    }
  }
}

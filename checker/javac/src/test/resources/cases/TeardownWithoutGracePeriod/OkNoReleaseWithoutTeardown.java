import static dev.pincheck.runtime.MmuNotifier.*;

import dev.pincheck.annotations.TearsDown;
import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.MmuNotifier;

/** After unhooking, only flags are written; nothing the callbacks use is freed. */
class OkNoReleaseWithoutTeardown extends MmuNotifier {
  private volatile boolean detached;
  private volatile long[] shadow = new long[16];

  @TearsDown
  void dropShadow() {
    shadow = null;
  }

  @Override
  public void release(Mm mm) {
    mmuNotifierUnregisterNoRelease(this, mm);
    detached = true;
  }
}

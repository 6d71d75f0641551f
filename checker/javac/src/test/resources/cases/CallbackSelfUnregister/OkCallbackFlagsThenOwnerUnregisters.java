import static dev.pincheck.runtime.MmuNotifier.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.MmuNotifier;

/** Near miss of BadUnregisterThisInInvalidateRangeStart: the callback only flags. */
class OkCallbackFlagsThenOwnerUnregisters extends MmuNotifier {
  private volatile boolean covered;

  @Override
  public void invalidateRangeStart(Mm mm, long start, long end) {
    if (start == 0) {
      covered = true;
    }
  }

  /** Called by the owner's poll loop, outside any callback. */
  void poll(Mm mm) {
    if (covered) {
      mmuNotifierUnregister(this, mm);
    }
  }
}

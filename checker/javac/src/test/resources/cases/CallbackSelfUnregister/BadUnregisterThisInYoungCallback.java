import static dev.pincheck.runtime.MmuNotifier.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.MmuNotifier;

class BadUnregisterThisInYoungCallback extends MmuNotifier {
  private int idleScans;

  @Override
  public boolean clearFlushYoung(Mm mm, long start, long end) {
    if (++idleScans > 100) {
      // BUG: Diagnostic contains: CallbackSelfUnregister
      mmuNotifierUnregister(this, mm);
    }
    return false;
  }
}

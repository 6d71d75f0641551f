import static dev.pincheck.runtime.MmuNotifier.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.MmuNotifier;

class BadUnregisterThisViaLocalAlias extends MmuNotifier {
  @Override
  public void changePte(Mm mm, long address, long pte) {
    MmuNotifier self = this;
    if (pte == 0) {
      // BUG: Diagnostic contains: CallbackSelfUnregister
      mmuNotifierUnregister(self, mm);
    }
  }
}

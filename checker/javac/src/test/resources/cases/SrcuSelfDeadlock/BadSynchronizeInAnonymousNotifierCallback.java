import static dev.pincheck.runtime.MmuNotifier.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.MmuNotifier;

class BadSynchronizeInAnonymousNotifierCallback {
  MmuNotifier create() {
    return new MmuNotifier() {
      @Override
      public void changePte(Mm mm, long address, long pte) {
        // BUG: Diagnostic contains: SrcuSelfDeadlock
        mmuNotifierSynchronize();
      }
    };
  }
}

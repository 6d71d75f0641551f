import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.MmuNotifier;

class BadMmgetThenMmputInChangePte extends MmuNotifier {
  private volatile long lastPte;

  @Override
  public void changePte(Mm mm, long address, long pte) {
    mmget(mm);
    lastPte = pte;
    // BUG: Diagnostic contains: LastPutInNotifierCallback
    mmput(mm);
  }
}

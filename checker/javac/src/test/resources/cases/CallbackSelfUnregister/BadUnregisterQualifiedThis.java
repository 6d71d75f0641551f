import static dev.pincheck.runtime.MmuNotifier.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.MmuNotifier;

/** The qualified `ClassName.this` is the same notifier as `this`. */
class BadUnregisterQualifiedThis extends MmuNotifier {
  private volatile int releases;

  @Override
  public void release(Mm mm) {
    releases++;
    // BUG: Diagnostic contains: CallbackSelfUnregister
    mmuNotifierUnregister(BadUnregisterQualifiedThis.this, mm);
  }
}

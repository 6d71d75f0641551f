import static dev.pincheck.runtime.MmuNotifier.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.MmuNotifier;

/** The callback is recognised through an abstract intermediate class. */
class BadUnregisterThisInDeepOverride {
  abstract static class DeviceMirror extends MmuNotifier {
    abstract void stopDevice();
  }

  static final class NicMirror extends DeviceMirror {
    @Override
    void stopDevice() {}

    @Override
    public void release(Mm mm) {
      stopDevice();
      // BUG: Diagnostic contains: CallbackSelfUnregister
      mmuNotifierUnregister(this, mm);
    }
  }
}

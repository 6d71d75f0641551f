import static dev.pincheck.runtime.Srcu.*;

import dev.pincheck.annotations.Blocking;
import dev.pincheck.annotations.InReadSection;
import dev.pincheck.annotations.WaitsForReaders;
import dev.pincheck.runtime.Srcu;

/** A user callback type declared to run inside the "devices" section, like notifier callbacks. */
class BadNamedDomainWaitInListenerOverride {
  static final Srcu DEVICES = new Srcu("devices");

  @Blocking
  @WaitsForReaders("devices")
  static void devicesSync() {
    synchronizeSrcu(DEVICES);
  }

  abstract static class DeviceListener {
    @InReadSection("devices")
    abstract void onChange(String device);
  }

  static final class HotplugListener extends DeviceListener {
    @Override
    void onChange(String device) {
      // BUG: Diagnostic contains: SrcuSelfDeadlock
      devicesSync();
    }
  }
}

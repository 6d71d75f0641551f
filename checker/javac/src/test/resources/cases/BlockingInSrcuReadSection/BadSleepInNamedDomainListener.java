import dev.pincheck.annotations.InReadSection;

/** A user callback type declared to run inside the "devices" section, like notifier callbacks. */
class BadSleepInNamedDomainListener {
  abstract static class DeviceListener {
    @InReadSection("devices")
    abstract void onChange(String device);
  }

  static final class SlowListener extends DeviceListener {
    @Override
    void onChange(String device) {
      try {
        // BUG: Diagnostic contains: BlockingInSrcuReadSection
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}

import static dev.pincheck.runtime.MmuNotifier.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.MmuNotifier;

/** The owner of the notifier, not a callback, unregisters it. */
class OkOwnerUnregistersNotifier {
  static final class Mirror extends MmuNotifier {
    volatile long ranges;

    @Override
    public void invalidateRangeStart(Mm mm, long start, long end) {
      ranges++;
    }
  }

  private final Mirror mirror = new Mirror();

  void start(Mm mm) {
    mmuNotifierRegister(mirror, mm);
  }

  void stop(Mm mm) {
    mmuNotifierUnregister(mirror, mm);
  }
}

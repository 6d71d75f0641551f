import static dev.pincheck.runtime.MmuNotifier.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.MmuNotifier;

/** A concrete notifier extended again: the override is still a callback. */
class BadUnregisterThisInSubclassOfConcreteNotifier {
  static class CountingNotifier extends MmuNotifier {
    volatile long ranges;

    @Override
    public void invalidateRangeEnd(Mm mm, long start, long end) {
      ranges++;
    }
  }

  static final class LimitedNotifier extends CountingNotifier {
    @Override
    public void invalidateRangeEnd(Mm mm, long start, long end) {
      super.invalidateRangeEnd(mm, start, end);
      if (ranges > 1000) {
        // BUG: Diagnostic contains: CallbackSelfUnregister
        mmuNotifierUnregister(this, mm);
      }
    }
  }
}

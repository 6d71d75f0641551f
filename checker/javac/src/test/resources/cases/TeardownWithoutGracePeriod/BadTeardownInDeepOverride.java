import static dev.pincheck.runtime.MmuNotifier.*;

import dev.pincheck.annotations.TearsDown;
import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.MmuNotifier;

class BadTeardownInDeepOverride {
  abstract static class DeviceMirror extends MmuNotifier {
    volatile int[] queues = new int[4];

    @TearsDown
    void freeQueues() {
      queues = null;
    }
  }

  static final class GpuMirror extends DeviceMirror {
    @Override
    public void invalidateRangeStart(Mm mm, long start, long end) {
      if (start == 0 && end == Long.MAX_VALUE) {
        mmuNotifierUnregisterNoRelease(this, mm);
        // BUG: Diagnostic contains: TeardownWithoutGracePeriod
        freeQueues();
      }
    }
  }
}

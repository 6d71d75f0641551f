import static dev.pincheck.runtime.MmuNotifier.*;

import dev.pincheck.annotations.TearsDown;
import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.MmuNotifier;
import java.util.concurrent.ConcurrentHashMap;

class BadTearsDownAfterNoReleaseInCallback extends MmuNotifier {
  private final ConcurrentHashMap<Long, Long> deviceTable = new ConcurrentHashMap<>();

  /** Frees the device table the callbacks read. */
  @TearsDown
  void destroy() {
    deviceTable.clear();
  }

  @Override
  public void release(Mm mm) {
    mmuNotifierUnregisterNoRelease(this, mm);
    // BUG: Diagnostic contains: TeardownWithoutGracePeriod
    destroy();
  }

  @Override
  public void invalidateRangeStart(Mm mm, long start, long end) {
    deviceTable.keySet().removeIf(a -> a >= start && a < end);
  }
}

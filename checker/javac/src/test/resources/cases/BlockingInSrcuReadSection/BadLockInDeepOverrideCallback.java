import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.MmuNotifier;
import java.util.concurrent.locks.ReentrantLock;

/** The callback is recognised through an abstract intermediate class. */
class BadLockInDeepOverrideCallback {
  abstract static class RangeTracker extends MmuNotifier {
    final ReentrantLock lock = new ReentrantLock();
    long invalidations;
  }

  static final class MirrorTracker extends RangeTracker {
    @Override
    public void invalidateRangeEnd(Mm mm, long start, long end) {
      // BUG: Diagnostic contains: BlockingInSrcuReadSection
      lock.lock();
      try {
        invalidations++;
      } finally {
        lock.unlock();
      }
    }
  }
}

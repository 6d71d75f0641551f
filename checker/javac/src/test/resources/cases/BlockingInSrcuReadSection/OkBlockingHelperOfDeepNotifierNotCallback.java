import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.MmuNotifier;
import java.util.concurrent.locks.ReentrantLock;

/** Near miss of BadLockInDeepOverrideCallback: the lock is taken in a non-callback method. */
class OkBlockingHelperOfDeepNotifierNotCallback {
  abstract static class RangeTracker extends MmuNotifier {
    final ReentrantLock lock = new ReentrantLock();
    volatile long invalidations;
  }

  static final class MirrorTracker extends RangeTracker {
    @Override
    public void invalidateRangeEnd(Mm mm, long start, long end) {
      if (lock.tryLock()) {
        try {
          invalidations++;
        } finally {
          lock.unlock();
        }
      }
    }

    long snapshot() {
      lock.lock();
      try {
        return invalidations;
      } finally {
        lock.unlock();
      }
    }
  }
}

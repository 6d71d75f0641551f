package gallery;

import static dev.pincheck.runtime.Mm.accessPage;
import static dev.pincheck.runtime.Mm.mmgetNotZero;
import static dev.pincheck.runtime.Mm.mmput;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.MmuNotifier;
import java.util.concurrent.atomic.AtomicLong;

/**
 * LastPutInNotifierCallback: {@code mmput()} inside a notifier callback.
 *
 * <p>The amdkfd bug fixed by "drm/amdkfd: Don't call mmput from MMU notifier callback": the
 * eviction path took {@code mmget_not_zero()} inside an invalidation and dropped it with
 * {@code mmput()} there. When the process exits meanwhile, that put is the last one: it runs
 * {@code exit_mmap()}, which calls the notifiers' {@code release} and waits for the notifier
 * grace period, from inside a notifier callback: a deadlock.
 *
 * <p>Fix: {@code mmputAsync(mm)}, which tears the address space down on a worker.
 */
final class LastPutInNotifierCallback extends MmuNotifier {
  private final AtomicLong evictions = new AtomicLong();

  @Override
  public void invalidateRangeStart(Mm mm, long start, long end) {
    if (mmgetNotZero(mm)) { // else the process is exiting: nothing to evict
      accessPage(mm, start); // write back the device's dirty state of the first page
      evictions.incrementAndGet();
      // BUG: Diagnostic contains: LastPutInNotifierCallback
      mmput(mm);
    }
  }
}

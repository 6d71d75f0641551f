package gallery;

import static dev.pincheck.runtime.Mm.followPte;
import static dev.pincheck.runtime.Mm.mmdrop;
import static dev.pincheck.runtime.Mm.mmgrab;
import static dev.pincheck.runtime.MmuNotifier.mmuNotifierUnregisterNoRelease;

import dev.pincheck.annotations.Pin;
import dev.pincheck.annotations.Pins;
import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.MmuNotifier;

/**
 * TeardownWithoutGracePeriod: the notifier's state is freed right after
 * {@code mmu_notifier_unregister_no_release()}.
 *
 * <p>Unregistering without release does not wait: callbacks of this notifier that already
 * started on other CPUs (an {@code invalidate_range_start} racing the exit) may still run and
 * use {@code this.mm}. Freeing at once is the use-after-free the v3.17 call_srcu commit was
 * written to avoid, and that later hmm and amdkfd fixes hit again.
 *
 * <p>Fix: free in a function passed to {@code mmuNotifierCallSrcu}, which runs after a grace
 * period of the notifier domain.
 */
final class TeardownWithoutGracePeriod extends MmuNotifier {
  @Pins(Pin.COUNT)
  private final Mm mm;

  TeardownWithoutGracePeriod(Mm mm) {
    mmgrab(mm);
    this.mm = mm;
  }

  @Override
  public void invalidateRangeStart(Mm target, long start, long end) {
    flushDeviceTlb(start, end);
  }

  @Override
  public void release(Mm target) {
    mmuNotifierUnregisterNoRelease(this, target);
    // BUG: Diagnostic contains: TeardownWithoutGracePeriod
    mmdrop(this.mm);
  }

  private void flushDeviceTlb(long start, long end) {
    if (mm.isFreed()) {
      throw new IllegalStateException("the mm was freed under a running callback");
    }
  }
}

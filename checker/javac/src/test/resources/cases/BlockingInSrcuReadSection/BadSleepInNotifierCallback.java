import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.MmuNotifier;

/** Every notifier callback runs inside the notifier SRCU read section. */
class BadSleepInNotifierCallback extends MmuNotifier {
  private volatile boolean busy;

  @Override
  public void invalidateRangeStart(Mm mm, long start, long end) {
    while (busy) {
      try {
        // BUG: Diagnostic contains: BlockingInSrcuReadSection
        Thread.sleep(1);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }
}

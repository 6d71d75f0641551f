import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.MmuNotifier;
import java.util.concurrent.atomic.AtomicLong;

/** Near miss of BadSleepInNotifierCallback: the callback only counts; the wait is elsewhere. */
class OkNonBlockingNotifierCallback extends MmuNotifier {
  private final AtomicLong pending = new AtomicLong();

  @Override
  public void invalidateRangeStart(Mm mm, long start, long end) {
    pending.incrementAndGet();
  }

  @Override
  public void invalidateRangeEnd(Mm mm, long start, long end) {
    pending.decrementAndGet();
  }

  /** Not a callback: runs outside the notifier read section and may sleep. */
  void waitIdle() throws InterruptedException {
    while (pending.get() != 0) {
      Thread.sleep(1);
    }
  }
}

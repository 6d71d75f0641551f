import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.MmuNotifier;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

class BadQueueTakeInAnonymousNotifier {
  private final BlockingQueue<Long> acks = new LinkedBlockingQueue<>();

  MmuNotifier newNotifier() {
    return new MmuNotifier() {
      @Override
      public void release(Mm mm) {
        try {
          // BUG: Diagnostic contains: BlockingInSrcuReadSection
          acks.take();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    };
  }
}

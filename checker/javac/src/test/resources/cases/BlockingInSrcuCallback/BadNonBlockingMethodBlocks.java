import dev.pincheck.annotations.NonBlocking;
import java.util.concurrent.locks.ReentrantLock;

/** A method that promises not to block; its body is checked. */
class BadNonBlockingMethodBlocks {
  private final ReentrantLock lock = new ReentrantLock();
  private int size;

  @NonBlocking
  int size() {
    // BUG: Diagnostic contains: BlockingInSrcuCallback
    lock.lock();
    try {
      return size;
    } finally {
      lock.unlock();
    }
  }
}

import dev.pincheck.annotations.NonBlocking;
import java.util.concurrent.locks.ReentrantLock;

/** Near miss of BadNonBlockingMethodBlocks: tryLock instead of lock. */
class OkNonBlockingMethodTryLock {
  private final ReentrantLock lock = new ReentrantLock();
  private int size;

  @NonBlocking
  int size() {
    if (!lock.tryLock()) {
      return -1;
    }
    try {
      return size;
    } finally {
      lock.unlock();
    }
  }
}

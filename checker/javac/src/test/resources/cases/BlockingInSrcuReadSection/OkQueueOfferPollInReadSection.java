import static dev.pincheck.runtime.Srcu.*;

import dev.pincheck.runtime.Srcu;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/** Near miss of the put/take cases: offer and poll return at once. */
class OkQueueOfferPollInReadSection {
  private final Srcu srcu = new Srcu("log");
  private final BlockingQueue<String> queue = new ArrayBlockingQueue<>(16);

  String forward(String line) {
    int idx = srcuReadLock(srcu);
    try {
      queue.offer(line);
      return queue.poll();
    } finally {
      srcuReadUnlock(srcu, idx);
    }
  }
}

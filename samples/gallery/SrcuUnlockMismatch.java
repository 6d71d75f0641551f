package gallery;

import static dev.pincheck.runtime.Srcu.srcuReadLock;
import static dev.pincheck.runtime.Srcu.srcuReadUnlock;

import dev.pincheck.runtime.Srcu;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * SrcuUnlockMismatch: the read section is left twice on one path.
 *
 * <p>The "unlock on the early exit, forgot the return" shape: a fast path added an
 * {@code srcu_read_unlock()} for the miss case but still falls through to the unlock at the end.
 * The second unlock decrements a reader count this thread never incremented: a grace period can
 * then end while another reader is still inside, and what it reads is freed under it.
 *
 * <p>Fix: leave through one unlock (or return right after the early one).
 */
final class SrcuUnlockMismatch {
  private final Srcu routesSrcu = new Srcu("irq-routes");
  private final Map<Integer, Integer> routes = new ConcurrentHashMap<>();

  /** The host vector a guest interrupt is routed to; -1 when none. */
  int routeOf(int gsi) {
    int vector = -1;
    int idx = srcuReadLock(routesSrcu);
    Integer route = routes.get(gsi);
    if (route == null) {
      srcuReadUnlock(routesSrcu, idx); // early exit for the miss ... without the return
    } else {
      vector = route;
    }
    // BUG: Diagnostic contains: SrcuUnlockMismatch
    srcuReadUnlock(routesSrcu, idx);
    return vector;
  }
}

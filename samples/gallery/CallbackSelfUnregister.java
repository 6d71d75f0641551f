package gallery;

import static dev.pincheck.runtime.MmuNotifier.mmuNotifierUnregister;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.MmuNotifier;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * CallbackSelfUnregister: {@code mmu_notifier_unregister()} of the notifier whose callback is
 * running.
 *
 * <p>The deadlock described by the v3.17 commit "mmu_notifier: add call_srcu and sync function
 * for listener to delay call and sync": amdkfd wanted to tear its per-process state down from
 * {@code ->release}, but {@code mmu_notifier_unregister()} waits for a grace period of the
 * notifier SRCU domain, and the callback calling it is a reader of that domain.
 *
 * <p>Fix: {@code mmuNotifierUnregisterNoRelease(this, mm)}, then free the state in a function
 * passed to {@code mmuNotifierCallSrcu}.
 */
final class CallbackSelfUnregister extends MmuNotifier {
  private final Map<Long, Long> queues = new ConcurrentHashMap<>();

  /** The process is exiting: stop its queues and detach from its mm. */
  @Override
  public void release(Mm mm) {
    queues.clear();
    // BUG: Diagnostic contains: CallbackSelfUnregister
    mmuNotifierUnregister(this, mm);
  }
}

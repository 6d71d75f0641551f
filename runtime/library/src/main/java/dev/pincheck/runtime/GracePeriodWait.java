package dev.pincheck.runtime;

import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/**
 * How a grace period waits for readers to leave: readers do not signal (that would cost them on
 * every exit), so the writer polls, spinning briefly and then sleeping with a growing delay, as
 * the kernel's SRCU retries with a delay. Like {@code synchronize_srcu} the wait cannot be
 * interrupted; an interrupt is kept and restored when the wait ends.
 */
final class GracePeriodWait {
  private static final int SPIN_CHECKS = 64;
  private static final long FIRST_SLEEP_NANOS = 2_000;
  private static final long MAX_SLEEP_NANOS = 1_000_000;

  private GracePeriodWait() {}

  static void until(BooleanSupplier done) {
    for (int i = 0; i < SPIN_CHECKS; i++) {
      if (done.getAsBoolean()) {
        return;
      }
      Thread.onSpinWait();
    }
    boolean interrupted = false;
    long sleep = FIRST_SLEEP_NANOS;
    while (!done.getAsBoolean()) {
      LockSupport.parkNanos(sleep);
      interrupted |= Thread.interrupted();
      sleep = Math.min(sleep * 2, MAX_SLEEP_NANOS);
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}

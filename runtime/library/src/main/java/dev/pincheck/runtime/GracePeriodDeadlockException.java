package dev.pincheck.runtime;

/**
 * Thrown in debug mode instead of hanging, when a thread would wait for a grace period that
 * cannot end because that same thread is still inside a read section of the domain (or is the
 * domain's callback worker). The message names the call, the domain and the fix.
 */
public final class GracePeriodDeadlockException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  GracePeriodDeadlockException(String message) {
    super(message);
  }
}

package dev.pincheck.runtime;

import java.util.function.BooleanSupplier;

/**
 * What notifier callbacks threw during one mm operation. Kernel callbacks cannot fail, so a
 * throwing callback must not leave the mm half-changed: the operation records the exception,
 * runs the remaining callbacks, finishes, and only then rethrows the first one (the others
 * suppressed).
 */
final class CallbackFailures {
  private Throwable first;

  void run(Runnable callback) {
    try {
      callback.run();
    } catch (RuntimeException | Error t) {
      record(t);
    }
  }

  /** Runs a young callback; a callback that threw counts as "not young". */
  boolean test(BooleanSupplier callback) {
    try {
      return callback.getAsBoolean();
    } catch (RuntimeException | Error t) {
      record(t);
      return false;
    }
  }

  private void record(Throwable t) {
    if (first == null) {
      first = t;
    } else if (first != t) {
      first.addSuppressed(t);
    }
  }

  void rethrow() {
    if (first instanceof RuntimeException) {
      throw (RuntimeException) first;
    }
    if (first instanceof Error) {
      throw (Error) first;
    }
  }
}

package dev.pincheck.runtime;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * One reference count with the kernel's {@code refcount_t} rules: it never wraps. Taking a
 * reference on zero (a use after release), dropping one below zero, or overflowing leaves the
 * counter saturated, so the object is leaked rather than freed twice, and throws an
 * {@link IllegalStateException} naming the owner and the counter. A saturated counter refuses
 * every further operation.
 */
final class RefCount {
  /** The kernel's {@code REFCOUNT_SATURATED}: negative, far from both zero and overflow. */
  static final int SATURATED = Integer.MIN_VALUE / 2;

  private final AtomicInteger value;
  private final Object owner;
  private final String counter;

  RefCount(Object owner, String counter, int initial) {
    this.owner = owner;
    this.counter = counter;
    this.value = new AtomicInteger(initial);
  }

  int get() {
    return value.get();
  }

  boolean isSaturated() {
    return value.get() < 0;
  }

  /** {@code refcount_inc}: the caller must already hold a reference, so zero is an error. */
  void inc(String operation) {
    for (;;) {
      int v = value.get();
      refuseSaturated(v, operation);
      if (v == 0) {
        value.set(SATURATED);
        throw error(operation, "increment from 0: the object is already released (use after release)");
      }
      if (v == Integer.MAX_VALUE) {
        value.set(SATURATED);
        throw error(operation, "overflow");
      }
      if (value.compareAndSet(v, v + 1)) {
        return;
      }
    }
  }

  /** {@code refcount_inc_not_zero}: takes a reference unless the count already reached zero. */
  boolean incNotZero(String operation) {
    for (;;) {
      int v = value.get();
      refuseSaturated(v, operation);
      if (v == 0) {
        return false;
      }
      if (v == Integer.MAX_VALUE) {
        value.set(SATURATED);
        throw error(operation, "overflow");
      }
      if (value.compareAndSet(v, v + 1)) {
        return true;
      }
    }
  }

  /** {@code refcount_dec_and_test}: drops a reference; true when it was the last one. */
  boolean decAndTest(String operation) {
    for (;;) {
      int v = value.get();
      refuseSaturated(v, operation);
      if (v == 0) {
        value.set(SATURATED);
        throw error(operation, "decrement below 0: the reference was already dropped (double release)");
      }
      if (value.compareAndSet(v, v - 1)) {
        return v == 1;
      }
    }
  }

  private void refuseSaturated(int v, String operation) {
    if (v < 0) {
      throw error(operation, "counter is saturated after an earlier refcount error; the object is leaked on purpose");
    }
  }

  private IllegalStateException error(String operation, String what) {
    return new IllegalStateException(
        owner + " " + counter + ": " + what + " (in " + operation + "); " + counter + " left saturated");
  }

  @Override
  public String toString() {
    return counter + "=" + value.get();
  }
}

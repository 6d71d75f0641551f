package dev.pincheck.runtime;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** Small helpers for tests that run real threads: start, join with a hang guard, rethrow. */
final class TestThreads {
  /** Hang guard only: far above what any test here needs; never a performance assertion. */
  static final Duration HANG_GUARD = Duration.ofSeconds(30);

  private final List<Thread> threads = new ArrayList<>();
  private final ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();

  /** A body that may throw anything; failures are collected and rethrown by {@link #join}. */
  interface Body {
    void run() throws Exception;
  }

  Thread start(String name, Body body) {
    Thread t =
        new Thread(
            () -> {
              try {
                body.run();
              } catch (Throwable e) {
                failures.add(e);
              }
            },
            name);
    t.setDaemon(true);
    threads.add(t);
    t.start();
    return t;
  }

  void join() throws InterruptedException {
    long deadline = System.nanoTime() + HANG_GUARD.toNanos();
    for (Thread t : threads) {
      t.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
      if (t.isAlive()) {
        fail("thread " + t.getName() + " still running after the hang guard: " + stack(t));
      }
    }
    Throwable first = failures.peek();
    if (first != null) {
      AssertionError e = new AssertionError("a test thread failed: " + first, first);
      failures.stream().skip(1).forEach(e::addSuppressed);
      throw e;
    }
  }

  static void await(CountDownLatch latch) throws InterruptedException {
    assertTrue(latch.await(HANG_GUARD.toMillis(), TimeUnit.MILLISECONDS), "hang guard: latch never opened");
  }

  /** Waits until {@code t} is parked or waiting (blocked in the call under test). */
  static void awaitBlocked(Thread t) throws InterruptedException {
    long deadline = System.nanoTime() + HANG_GUARD.toNanos();
    while (t.getState() != Thread.State.WAITING && t.getState() != Thread.State.TIMED_WAITING) {
      if (!t.isAlive() || System.nanoTime() > deadline) {
        fail("thread " + t.getName() + " did not block: " + t.getState());
      }
      Thread.sleep(1);
    }
  }

  private static String stack(Thread t) {
    StringBuilder sb = new StringBuilder();
    for (StackTraceElement e : t.getStackTrace()) {
      sb.append("\n  at ").append(e);
    }
    return sb.toString();
  }

  private TestThreads() {}

  static TestThreads create() {
    return new TestThreads();
  }
}

package dev.pincheck.runtime;

import dev.pincheck.annotations.AfterGracePeriod;
import dev.pincheck.annotations.Blocking;
import dev.pincheck.annotations.NonBlocking;
import dev.pincheck.annotations.ReadIndex;
import dev.pincheck.annotations.ReadLock;
import dev.pincheck.annotations.ReadUnlock;
import dev.pincheck.annotations.SrcuDomain;
import dev.pincheck.annotations.WaitsForReaders;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * A sleepable RCU domain ({@code struct srcu_struct}): readers mark short read sections at the
 * cost of two uncontended atomic increments and may sleep inside them; a writer that unpublished
 * an object waits for a grace period ({@link #synchronizeSrcu}) or hands the free to
 * {@link #callSrcu}, and then no reader can still hold it.
 *
 * <p>The grace period is the kernel's: readers count themselves on the index given by the low
 * bit of a flip counter; the writer first waits for stragglers on the inactive index, flips the
 * counter so new readers go to the other index, then waits for the old index to drain. New
 * readers therefore never delay a grace period that already flipped: writers do not starve.
 *
 * <p>{@link #close()} is {@code cleanup_srcu_struct}. In debug mode (system property
 * {@code pincheck.debug=true}) a grace-period wait from inside a read section of the same domain
 * on the same thread throws {@link GracePeriodDeadlockException} instead of hanging, and an
 * unlock must pass an index this thread holds.
 */
public final class Srcu implements AutoCloseable {
  private final String name;
  private final SrcuCounters readers = new SrcuCounters();
  /** Grace periods flipped so far; its low bit is the index new readers count on. */
  private volatile long completed;
  /** Serializes grace periods ({@code sp->mutex}). */
  private final ReentrantLock gracePeriodMutex = new ReentrantLock();
  private final CallbackWorker callbacks;
  private volatile boolean closed;
  /** Debug mode only: read sections this thread holds on this domain, per index. */
  private final ThreadLocal<int[]> heldByThread;

  /** {@code init_srcu_struct}: a new domain, named in diagnostics and its worker's name. */
  public Srcu(String name) {
    Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("an srcu domain needs a non-blank name");
    }
    this.name = name;
    this.callbacks = new CallbackWorker("srcu-" + name + "-callbacks", this::gracePeriod);
    this.heldByThread = DebugMode.ENABLED ? ThreadLocal.withInitial(() -> new int[2]) : null;
  }

  public String name() {
    return name;
  }

  @Override
  public String toString() {
    return "srcu '" + name + "'";
  }

  /**
   * {@code srcu_read_lock}: enters a read section and returns its index (0 or 1), which must be
   * passed back to {@link #srcuReadUnlock}. Objects found through the domain stay valid until
   * then. Never blocks.
   */
  @ReadLock
  public static int srcuReadLock(@SrcuDomain Srcu sp) {
    Objects.requireNonNull(sp, "srcu");
    if (sp.closed) {
      throw sp.closedError("srcuReadLock");
    }
    int idx = (int) sp.completed & 1;
    sp.readers.enter(idx);
    if (sp.heldByThread != null) {
      sp.heldByThread.get()[idx]++;
    }
    return idx;
  }

  /** {@code srcu_read_unlock}: leaves the read section {@code idx} returned by its lock. */
  @ReadUnlock
  public static void srcuReadUnlock(@SrcuDomain Srcu sp, @ReadIndex int idx) {
    Objects.requireNonNull(sp, "srcu");
    if (idx != 0 && idx != 1) {
      throw new IllegalArgumentException(
          "srcuReadUnlock(" + sp + ", " + idx + "): the index must be the value srcuReadLock returned (0 or 1)");
    }
    if (sp.heldByThread != null) {
      int[] held = sp.heldByThread.get();
      if (held[idx] == 0) {
        throw new IllegalArgumentException(
            "srcuReadUnlock(" + sp + ", " + idx + "): this thread holds no read section with index " + idx
                + " (held: index 0 x" + held[0] + ", index 1 x" + held[1] + ");"
                + " pass back the value srcuReadLock returned, on the thread that locked");
      }
      held[idx]--;
    }
    sp.readers.exit(idx);
  }

  /**
   * {@code synchronize_srcu}: waits until every reader that was inside a read section of
   * {@code sp} when the call began has left it. Readers arriving meanwhile do not delay it.
   * Called from inside a read section of the same domain it would wait for itself forever.
   */
  @Blocking
  @WaitsForReaders
  public static void synchronizeSrcu(@SrcuDomain Srcu sp) {
    Objects.requireNonNull(sp, "srcu");
    sp.checkMayWait("synchronizeSrcu", "leave the read section first (srcuReadUnlock), or defer the work with callSrcu");
    sp.gracePeriod();
  }

  /**
   * {@code call_srcu}: runs {@code func(head)} on the domain's background worker after a grace
   * period that begins after this call, so {@code func} may free what readers used. Returns at
   * once. {@code func} must not block: it delays every other callback of the domain.
   */
  public static void callSrcu(
      @SrcuDomain Srcu sp, RcuHead head, @NonBlocking @AfterGracePeriod Consumer<RcuHead> func) {
    Objects.requireNonNull(sp, "srcu");
    Objects.requireNonNull(head, "head");
    Objects.requireNonNull(func, "func");
    if (sp.closed) {
      throw sp.closedError("callSrcu");
    }
    sp.callbacks.enqueue(head, func, sp.toString());
  }

  /**
   * {@code srcu_barrier}: waits until every function queued by {@link #callSrcu} before this call
   * has run. It queues one more function, so it also waits for a grace period.
   */
  @Blocking
  @WaitsForReaders
  public static void srcuBarrier(@SrcuDomain Srcu sp) {
    Objects.requireNonNull(sp, "srcu");
    sp.checkMayWait("srcuBarrier", "leave the read section first, or do not wait: callSrcu functions run in order anyway");
    CountDownLatch done = new CountDownLatch(1);
    callSrcu(sp, new RcuHead(), head -> done.countDown());
    awaitUninterruptibly(done);
  }

  /**
   * {@code cleanup_srcu_struct}: waits for the pending {@link #callSrcu} functions, then retires
   * the domain; every later use throws. Throws, and leaves the domain open, while a reader is
   * still inside a read section (the kernel warns and leaks). Closing twice does nothing.
   */
  @Blocking
  @Override
  public void close() {
    if (closed) {
      return;
    }
    checkMayWait("close", "leave the read section first; close a domain only when it has no readers left");
    long active = readers.activeReaders();
    if (active != 0) {
      throw new IllegalStateException(
          "close(" + this + "): " + active + " reader(s) still inside a read section;"
              + " every srcuReadLock needs its srcuReadUnlock before cleanup_srcu_struct");
    }
    CountDownLatch done = new CountDownLatch(1);
    callbacks.stopAfter(new RcuHead(), head -> done.countDown());
    awaitUninterruptibly(done);
    closed = true;
  }

  /** Debug mode: whether this thread is inside a read section of this domain. */
  boolean heldByCurrentThread() {
    if (heldByThread == null) {
      return false;
    }
    int[] held = heldByThread.get();
    return held[0] + held[1] > 0;
  }

  private void checkMayWait(String operation, String fix) {
    if (closed) {
      throw closedError(operation);
    }
    if (callbacks.isCurrentThread()) {
      throw new GracePeriodDeadlockException(
          operation + "(" + this + ") called from a callSrcu function of the same domain: the worker would"
              + " wait for itself. callSrcu functions must not block; " + fix);
    }
    if (heldByCurrentThread()) {
      throw new GracePeriodDeadlockException(
          operation + "(" + this + ") called inside a read section of the same domain on this thread:"
              + " the grace period waits for this very reader, which waits for the grace period"
              + " (a deadlock). Fix: " + fix);
    }
  }

  private IllegalStateException closedError(String operation) {
    return new IllegalStateException(operation + "(" + this + "): the domain is closed (cleanup_srcu_struct ran)");
  }

  /** One full grace period; see the class comment for why two waits and a flip. */
  private void gracePeriod() {
    gracePeriodMutex.lock();
    try {
      long c = completed;
      int active = (int) c & 1;
      // Stragglers: readers that read the counter before the previous flip but counted late.
      GracePeriodWait.until(() -> readers.drained(active ^ 1));
      completed = c + 1;
      GracePeriodWait.until(() -> readers.drained(active));
    } finally {
      gracePeriodMutex.unlock();
    }
  }

  private static void awaitUninterruptibly(CountDownLatch latch) {
    boolean interrupted = false;
    for (;;) {
      try {
        latch.await();
        break;
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}

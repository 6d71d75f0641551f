package dev.pincheck.runtime;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * The background worker of one SRCU domain's {@code call_srcu} queue: it takes every queued
 * head, waits one grace period (which began after all of them were queued), then runs their
 * functions in queue order. The thread is a daemon, started on demand and gone after a while
 * idle. A function that throws is reported to the thread's uncaught-exception handler and the
 * worker goes on with the next one.
 */
final class CallbackWorker {
  private static final long IDLE_NANOS = TimeUnit.SECONDS.toNanos(2);

  private final String threadName;
  private final Runnable gracePeriod;
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition queued = lock.newCondition();

  // Guarded by lock.
  private RcuHead first;
  private RcuHead last;
  private boolean stopped;
  private volatile Thread thread;

  CallbackWorker(String threadName, Runnable gracePeriod) {
    this.threadName = threadName;
    this.gracePeriod = gracePeriod;
  }

  /** Queues {@code head}; fails when the head is already queued or the worker was stopped. */
  void enqueue(RcuHead head, Consumer<RcuHead> func, String domain) {
    if (!head.claim(func)) {
      throw new IllegalStateException(
          "callSrcu(" + domain + "): this RcuHead is already queued and its function has not run yet;"
              + " give each pending callback its own RcuHead");
    }
    lock.lock();
    try {
      if (stopped) {
        head.release();
        throw new IllegalStateException("callSrcu(" + domain + "): the srcu domain is closed");
      }
      append(head);
    } finally {
      lock.unlock();
    }
  }

  /** True on this worker's own thread, i.e. inside one of its callback functions. */
  boolean isCurrentThread() {
    return Thread.currentThread() == thread;
  }

  /**
   * Stops taking new heads, and returns a head whose function runs after every function queued
   * before it ({@code srcu_barrier} for the last time); the caller waits for it.
   */
  void stopAfter(RcuHead marker, Consumer<RcuHead> func) {
    if (!marker.claim(func)) {
      throw new IllegalStateException("marker already queued");
    }
    lock.lock();
    try {
      append(marker);
      stopped = true;
    } finally {
      lock.unlock();
    }
  }

  private void append(RcuHead head) {
    if (last == null) {
      first = head;
    } else {
      last.next = head;
    }
    last = head;
    if (thread == null) {
      Thread t = new Thread(this::run, threadName);
      t.setDaemon(true);
      thread = t;
      t.start();
    } else {
      queued.signal();
    }
  }

  private void run() {
    for (RcuHead batch = takeBatch(); batch != null; batch = takeBatch()) {
      gracePeriod.run();
      while (batch != null) {
        RcuHead head = batch;
        batch = head.next;
        Consumer<RcuHead> func = head.release();
        try {
          func.accept(head);
        } catch (Throwable t) {
          Thread self = Thread.currentThread();
          self.getUncaughtExceptionHandler().uncaughtException(self, t);
        }
      }
    }
  }

  /** Detaches the whole queue; null (and the thread ends) after an idle timeout or a stop. */
  private RcuHead takeBatch() {
    lock.lock();
    try {
      long idle = IDLE_NANOS;
      while (first == null) {
        if (stopped || idle <= 0) {
          thread = null;
          return null;
        }
        try {
          idle = queued.awaitNanos(idle);
        } catch (InterruptedException e) {
          // Nobody but this class knows the thread; an interrupt is spurious. Keep serving.
        }
      }
      RcuHead batch = first;
      first = null;
      last = null;
      return batch;
    } finally {
      lock.unlock();
    }
  }
}

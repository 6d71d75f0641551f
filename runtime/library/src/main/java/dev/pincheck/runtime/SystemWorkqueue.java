package dev.pincheck.runtime;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The background worker of {@code mmput_async} and {@code mmdrop_async} ({@code schedule_work}
 * on the system workqueue): one daemon thread running work items in order. A work item that
 * throws is reported to the thread's uncaught-exception handler.
 */
final class SystemWorkqueue {
  private static final ExecutorService WORKER =
      Executors.newSingleThreadExecutor(
          task -> {
            Thread t = new Thread(task, "pincheck-system-wq");
            t.setDaemon(true);
            return t;
          });

  private SystemWorkqueue() {}

  static void schedule(Runnable work) {
    WORKER.execute(
        () -> {
          try {
            work.run();
          } catch (Throwable t) {
            Thread self = Thread.currentThread();
            self.getUncaughtExceptionHandler().uncaughtException(self, t);
          }
        });
  }

  /** {@code flush_workqueue}: waits for every work item scheduled before the call. */
  static void flush() {
    Future<?> marker = WORKER.submit(() -> {});
    boolean interrupted = false;
    for (;;) {
      try {
        marker.get();
        break;
      } catch (InterruptedException e) {
        interrupted = true;
      } catch (ExecutionException e) {
        throw new IllegalStateException(e);
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}

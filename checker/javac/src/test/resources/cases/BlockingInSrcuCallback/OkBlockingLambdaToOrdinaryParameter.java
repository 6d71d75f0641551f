import dev.pincheck.runtime.RcuHead;
import java.util.concurrent.Executor;

/** Executor.execute does not promise a non-blocking context: the lambda may sleep. */
class OkBlockingLambdaToOrdinaryParameter {
  private final Executor worker;

  OkBlockingLambdaToOrdinaryParameter(Executor worker) {
    this.worker = worker;
  }

  void retireSlowly(RcuHead obj) {
    worker.execute(() -> {
      try {
        Thread.sleep(1);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
  }
}

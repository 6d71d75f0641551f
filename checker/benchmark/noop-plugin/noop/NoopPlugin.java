package noop;

import com.sun.source.util.JavacTask;
import com.sun.source.util.Plugin;
import com.sun.source.util.TaskEvent;
import com.sun.source.util.TaskListener;

/**
 * A javac plugin that registers a task listener and does nothing: the benchmark's baseline for
 * what javac itself spends on any plugin that listens to its events (as PinCheck must).
 */
public final class NoopPlugin implements Plugin {
  @Override
  public String getName() {
    return "Noop";
  }

  @Override
  public void init(JavacTask task, String... args) {
    task.addTaskListener(new TaskListener() {
      @Override
      public void finished(TaskEvent event) {}
    });
  }
}

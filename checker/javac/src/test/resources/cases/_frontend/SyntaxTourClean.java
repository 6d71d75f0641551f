import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.Task;
import java.util.List;
import java.util.function.Supplier;

/** Front-end tour: balanced pins through the shapes javac's CFG has to get right. Silent. */
class SyntaxTourClean {
  private final Mm mm;
  private int count;

  SyntaxTourClean(Mm mm) {
    mmgrab(mm);
    this.mm = mm;
  }

  void release() {
    mmdrop(mm);
  }

  int switchAndTernary(Task task, int mode) {
    Mm pinned = mode > 0 ? getTaskMm(task) : null;
    if (pinned == null) {
      return -1;
    }
    try {
      int result = switch (mode) {
        case 1 -> 10;
        case 2 -> {
          count++;
          yield 20;
        }
        default -> 0;
      };
      return result;
    } finally {
      mmput(pinned);
    }
  }

  void labeledLoops(List<Task> tasks) {
    outer:
    for (Task task : tasks) {
      Mm pinned = getTaskMm(task);
      if (pinned == null) {
        continue;
      }
      for (int i = 0; i < 3; i++) {
        if (i == count) {
          mmput(pinned);
          continue outer;
        }
      }
      mmput(pinned);
    }
  }

  Runnable callbacks() {
    Supplier<Boolean> probe = () -> {
      if (!mmgetNotZero(mm)) {
        return false;
      }
      mmput(mm);
      return true;
    };
    return new Runnable() {
      @Override
      public void run() {
        if (probe.get() && mmgetNotZero(mm)) {
          count++;
          mmput(mm);
        }
      }
    };
  }

  class Worker {
    void work() {
      if (mmgetNotZero(mm)) {
        count++;
        mmput(mm);
      }
    }
  }
}

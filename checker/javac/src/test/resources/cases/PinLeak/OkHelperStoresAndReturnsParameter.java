import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.Task;

/** remember() keeps a reference and returns it: the caller still owns (and puts) its pin. */
class OkHelperStoresAndReturnsParameter {
  private Mm last;

  private Mm remember(Mm mm) {
    last = mm;
    return mm;
  }

  void sample(Task task) {
    Mm mm = getTaskMm(task);
    if (mm == null) {
      return;
    }
    accessPage(remember(mm), 0);
    mmput(mm);
  }
}

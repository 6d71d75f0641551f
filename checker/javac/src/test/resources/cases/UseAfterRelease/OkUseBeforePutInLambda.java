import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.Task;
import java.util.function.LongPredicate;

/** The lambda body reads the young bit before it puts the mm. */
class OkUseBeforePutInLambda {
  static LongPredicate youngTester(Task task) {
    return address -> {
      Mm mm = getTaskMm(task);
      if (mm == null) {
        return false;
      }
      boolean young = pteYoung(mm, address);
      mmput(mm);
      return young;
    };
  }
}

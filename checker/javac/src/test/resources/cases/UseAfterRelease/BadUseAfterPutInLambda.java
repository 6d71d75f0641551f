import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.Task;
import java.util.function.LongPredicate;

/** The lambda body puts the mm before reading the young bit. */
class BadUseAfterPutInLambda {
  static LongPredicate youngTester(Task task) {
    return address -> {
      Mm mm = getTaskMm(task);
      if (mm == null) {
        return false;
      }
      mmput(mm);
      // BUG: Diagnostic contains: UseAfterRelease
      return pteYoung(mm, address);
    };
  }
}

import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.Task;
import java.util.function.Function;
import java.util.function.IntFunction;

/** Members of no class (an array's clone, array constructor references) must not break the checker. */
class OkArrayMembersAndConstructorRefs {
  Object copy(int[] pages, Task task) {
    Mm mm = getTaskMm(task);
    if (mm != null) {
      mmput(mm);
    }
    return pages.clone();
  }

  IntFunction<String[]> names() {
    return String[]::new;
  }

  Function<long[], Object> cloner() {
    return long[]::clone;
  }
}

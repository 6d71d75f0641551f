import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.Task;
import java.util.ArrayList;
import java.util.List;

/** A list that keeps the mm owns the mm_count pin from then on, as a field would. */
class OkGrabbedMmKeptInList {
  private final List<Mm> tracked = new ArrayList<>();

  void track(Task task) {
    Mm mm = getTaskMm(task);
    if (mm == null) {
      return;
    }
    mmgrab(mm);
    tracked.add(mm);
    mmput(mm);
  }
}

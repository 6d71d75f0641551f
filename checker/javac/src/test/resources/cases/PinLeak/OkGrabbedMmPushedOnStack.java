import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;
import java.util.Stack;

/** ksm's mm_slot list as a Stack: the stack keeps the mm_count pin. */
class OkGrabbedMmPushedOnStack {
  private final Stack<Mm> slots = new Stack<>();

  void enter(Mm mm) {
    mmgrab(mm);
    slots.push(mm);
  }
}

import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;

/** The result of mmget_not_zero guards the work and the mmput. */
class OkCheckedDirectly {
  static boolean probe(Mm mm, long address) {
    if (mmgetNotZero(mm)) {
      boolean present = accessPage(mm, address);
      mmput(mm);
      return present;
    }
    return false;
  }
}

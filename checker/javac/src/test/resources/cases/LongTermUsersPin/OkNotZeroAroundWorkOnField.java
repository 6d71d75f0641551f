import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;

/** mm_count in the field, mm_users taken with mmget_not_zero only around the work. */
class OkNotZeroAroundWorkOnField {
  private final Mm mm;

  OkNotZeroAroundWorkOnField(Mm mm) {
    mmgrab(mm);
    this.mm = mm;
  }

  boolean fault(long address) {
    if (!mmgetNotZero(mm)) {
      return false;
    }
    boolean present = accessPage(mm, address);
    mmput(mm);
    return present;
  }
}

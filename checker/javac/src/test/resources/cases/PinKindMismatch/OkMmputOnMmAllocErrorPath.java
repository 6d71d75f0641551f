import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;

/** The failure path of dup_mm drops the new mm with mmput. */
class OkMmputOnMmAllocErrorPath {
  static Mm dupMm(boolean copyFailed) {
    Mm mm = mmAlloc();
    if (copyFailed) {
      mmput(mm);
      return null;
    }
    return mm;
  }
}

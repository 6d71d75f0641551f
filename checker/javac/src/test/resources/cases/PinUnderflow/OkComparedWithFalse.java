import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;

/** mmgetNotZero(mm) == false is the negated test: the put runs only after the pin was taken. */
class OkComparedWithFalse {
  static void work(Mm mm) {
    if (mmgetNotZero(mm) == false) {
      return;
    }
    mmput(mm);
  }
}

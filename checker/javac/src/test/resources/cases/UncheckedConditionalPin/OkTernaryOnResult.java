import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;

/** The result selects a branch of a ternary; the taken branch drops the pin (inferred). */
class OkTernaryOnResult {
  static int countAndPut(Mm mm) {
    int n = mm.users();
    mmput(mm);
    return n;
  }

  static int users(Mm mm) {
    return mmgetNotZero(mm) ? countAndPut(mm) : 0;
  }
}

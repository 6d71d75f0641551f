import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;

/** A parameter is pinned by the caller: using it without dropping anything is fine. */
class OkBorrowedParamUse {
  static boolean probe(Mm mm, long address) {
    boolean present = accessPage(mm, address);
    return present && pteYoung(mm, address);
  }
}

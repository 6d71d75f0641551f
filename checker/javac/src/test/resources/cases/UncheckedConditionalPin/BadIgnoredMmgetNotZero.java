import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;

/** amdkfd shape: the result of mmget_not_zero is dropped and the work runs either way. */
class BadIgnoredMmgetNotZero {
  static boolean probe(Mm mm, long address) {
    // BUG: Diagnostic contains: UncheckedConditionalPin
    mmgetNotZero(mm);
    boolean present = accessPage(mm, address);
    mmput(mm);
    return present;
  }
}

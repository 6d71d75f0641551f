import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;

/** The caller's pin on the parameter is dropped here, then the page is touched. */
class BadUseAfterParamRelease {
  static boolean finish(Mm mm, long address) {
    mmput(mm);
    // BUG: Diagnostic contains: UseAfterRelease
    return accessPage(mm, address);
  }
}

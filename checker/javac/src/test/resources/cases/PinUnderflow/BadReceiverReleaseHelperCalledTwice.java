import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;

/** close() drops the object's mm_count pin (inferred); the error path calls it twice. */
class BadReceiverReleaseHelperCalledTwice {
  private final Mm mm;

  BadReceiverReleaseHelperCalledTwice(Mm mm) {
    mmgrab(mm);
    this.mm = mm;
  }

  void close() {
    mmdrop(mm);
  }

  void fail(boolean partial) {
    if (partial) {
      close();
    }
    // BUG: Diagnostic contains: PinUnderflow
    close();
  }
}

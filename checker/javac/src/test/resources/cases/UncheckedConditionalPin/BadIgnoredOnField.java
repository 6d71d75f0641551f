import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;

/** The device holds mm_count; its worker ignores whether mm_users could be taken. */
class BadIgnoredOnField {
  private final Mm mm;

  BadIgnoredOnField(Mm mm) {
    mmgrab(mm);
    this.mm = mm;
  }

  void work(long[] stats) {
    // BUG: Diagnostic contains: UncheckedConditionalPin
    mmgetNotZero(this.mm);
    stats[0]++;
  }
}

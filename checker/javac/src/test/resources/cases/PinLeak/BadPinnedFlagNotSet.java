import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;

/** Conditional acquisition whose flag is never set: the final mmput never runs. */
class BadPinnedFlagNotSet {
  static void flush(Mm mm, boolean needLive, long[] stats) {
    boolean pinned = false;
    if (needLive) {
      // BUG: Diagnostic contains: PinLeak
      if (!mmgetNotZero(mm)) {
        return;
      }
    }
    stats[0]++;
    if (pinned) {
      mmput(mm);
    }
  }
}

import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;

/** Conditional acquisition: the flag records whether mm_users was taken. */
class OkPinnedFlag {
  static void flush(Mm mm, boolean needLive, long[] stats) {
    boolean pinned = false;
    if (needLive) {
      if (!mmgetNotZero(mm)) {
        return;
      }
      pinned = true;
    }
    stats[0]++;
    if (pinned) {
      mmput(mm);
    }
  }
}

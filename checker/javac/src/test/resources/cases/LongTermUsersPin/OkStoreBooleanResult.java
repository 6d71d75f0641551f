import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;

/** Only the answer of mmget_not_zero is recorded; the pin itself stays local. */
class OkStoreBooleanResult {
  private boolean wasLive;

  void probe(Mm mm, long[] stats) {
    boolean live = mmgetNotZero(mm);
    this.wasLive = live;
    if (live) {
      stats[0]++;
      mmput(mm);
    }
  }
}

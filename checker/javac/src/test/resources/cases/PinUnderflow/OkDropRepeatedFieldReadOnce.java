import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;

/** Two reads of the same field, one drop: the object's pin goes exactly once. */
class OkDropRepeatedFieldReadOnce {
  private Mm mm;

  void teardown(long[] stats) {
    Mm owner = this.mm;
    Mm current = this.mm;
    if (owner == current) {
      stats[0]++;
    }
    mmdrop(current);
  }
}

import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.MmuNotifier;

/** mm_count is not mm_users: the last mmdrop only frees the struct and never blocks. */
class OkMmgrabMmdropInCallback extends MmuNotifier {
  private volatile long seen;

  @Override
  public void changePte(Mm mm, long address, long pte) {
    mmgrab(mm);
    seen = mm.count();
    mmdrop(mm);
  }
}

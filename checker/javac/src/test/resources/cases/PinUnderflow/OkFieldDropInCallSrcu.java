import static dev.pincheck.runtime.Mm.*;
import static dev.pincheck.runtime.Srcu.callSrcu;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.RcuHead;
import dev.pincheck.runtime.Srcu;

/** The object's mm_count pin is dropped once, from the function callSrcu runs later. */
class OkFieldDropInCallSrcu extends RcuHead {
  private final Srcu srcu;
  private final Mm mm;

  OkFieldDropInCallSrcu(Srcu srcu, Mm mm) {
    this.srcu = srcu;
    mmgrab(mm);
    this.mm = mm;
  }

  void release() {
    callSrcu(srcu, this, head -> mmdrop(mm));
  }
}

import static dev.pincheck.runtime.Srcu.*;

import dev.pincheck.runtime.Srcu;

/** KVM's vcpu->srcu_idx: the index lives in a field between lock and unlock. */
class OkIndexKeptInFieldUnlockedInSameMethod {
  private final Srcu srcu = new Srcu("kvm");
  private int srcuIdx;

  void run() {
    srcuIdx = srcuReadLock(srcu);
    srcuReadUnlock(srcu, srcuIdx);
  }
}

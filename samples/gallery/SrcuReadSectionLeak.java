package gallery;

import static dev.pincheck.runtime.Srcu.srcuReadLock;
import static dev.pincheck.runtime.Srcu.srcuReadUnlock;

import dev.pincheck.runtime.Srcu;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * SrcuReadSectionLeak: an error path returns inside the read section.
 *
 * <p>The shape of the many "add missing srcu_read_unlock()" fixes in KVM architecture code: an
 * {@code -EFAULT} return added between {@code srcu_read_lock()} and the unlock at the end. The
 * section never ends, so the next {@code synchronize_srcu()} on the domain (the next memslot
 * update) never returns.
 *
 * <p>Fix: unlock on every path; a try/finally does it.
 */
final class SrcuReadSectionLeak {
  private final Srcu kvmSrcu = new Srcu("kvm");
  private final Map<Long, Long> gfnToHva = new ConcurrentHashMap<>();

  /** Translates a guest frame to a host address; -14 (-EFAULT) when unmapped. */
  long gfnToHva(long gfn) {
    // BUG: Diagnostic contains: SrcuReadSectionLeak
    int idx = srcuReadLock(kvmSrcu);
    Long hva = gfnToHva.get(gfn);
    if (hva == null) {
      return -14;
    }
    srcuReadUnlock(kvmSrcu, idx);
    return hva;
  }
}

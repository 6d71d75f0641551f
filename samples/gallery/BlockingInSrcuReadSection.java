package gallery;

import static dev.pincheck.runtime.Srcu.srcuReadLock;
import static dev.pincheck.runtime.Srcu.srcuReadUnlock;

import dev.pincheck.runtime.Srcu;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * BlockingInSrcuReadSection: a sleeping lock taken inside an SRCU read section.
 *
 * <p>Modelled on KVM's memslot readers, which run under {@code srcu_read_lock(&kvm->srcu)}:
 * SRCU allows sleeping there, but every {@code synchronize_srcu(&kvm->srcu)} (each memslot
 * update) then waits for the sleeper, and a reader blocked on a lock whose holder waits for
 * that grace period never wakes. pincheck forbids blocking in read sections by default.
 *
 * <p>Fix: take the lock before {@code srcuReadLock} or after {@code srcuReadUnlock}, or copy
 * what is needed out of the section first.
 */
final class BlockingInSrcuReadSection {
  private final Srcu slotsSrcu = new Srcu("memslots");
  private final Map<Long, long[]> slots = new ConcurrentHashMap<>();
  private final ReentrantLock dirtyLogLock = new ReentrantLock();
  private long dirtyPages;

  /** Marks the guest frame dirty in its memslot's log. */
  void markPageDirty(long gfn) {
    int idx = srcuReadLock(slotsSrcu);
    try {
      long[] dirtyBitmap = slots.get(gfn >>> 18);
      if (dirtyBitmap == null) {
        return;
      }
      // BUG: Diagnostic contains: BlockingInSrcuReadSection
      dirtyLogLock.lock();
      try {
        dirtyBitmap[(int) ((gfn >>> 6) & 0xfff) % dirtyBitmap.length] |= 1L << (gfn & 63);
        dirtyPages++;
      } finally {
        dirtyLogLock.unlock();
      }
    } finally {
      srcuReadUnlock(slotsSrcu, idx);
    }
  }
}

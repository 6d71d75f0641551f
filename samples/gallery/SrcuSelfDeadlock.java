package gallery;

import static dev.pincheck.runtime.Srcu.srcuReadLock;
import static dev.pincheck.runtime.Srcu.srcuReadUnlock;
import static dev.pincheck.runtime.Srcu.synchronizeSrcu;

import dev.pincheck.runtime.Srcu;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * SrcuSelfDeadlock: {@code synchronize_srcu()} called inside a read section of the same domain.
 *
 * <p>The shape of the KVM bugs where a memslot or I/O-bus update ({@code synchronize_srcu
 * (&kvm->srcu)}) was reached from a vCPU path still holding {@code srcu_read_lock
 * (&kvm->srcu)}; the fixes drop the read lock around the call. The grace period waits for this
 * very reader, which waits for the grace period: the vCPU hangs forever (lockdep reports it).
 *
 * <p>Fix: leave the read section first, or defer the free with {@code callSrcu}.
 */
final class SrcuSelfDeadlock {
  private final Srcu kvmSrcu = new Srcu("kvm");
  private final Map<Integer, long[]> ioBus = new ConcurrentHashMap<>();

  /** A vCPU exit handler that unregisters a device from the I/O bus. */
  void handleIoExit(int port) {
    int idx = srcuReadLock(kvmSrcu);
    try {
      long[] device = ioBus.get(port);
      if (device != null && device[0] == 0) {
        ioBus.remove(port);
        // BUG: Diagnostic contains: SrcuSelfDeadlock
        synchronizeSrcu(kvmSrcu); // wait for readers of the old bus before freeing the device
        device[1] = -1;
      }
    } finally {
      srcuReadUnlock(kvmSrcu, idx);
    }
  }
}

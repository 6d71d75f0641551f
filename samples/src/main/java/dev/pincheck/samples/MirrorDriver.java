package dev.pincheck.samples;

import static dev.pincheck.runtime.MmuNotifier.mmuNotifierSynchronize;
import static dev.pincheck.runtime.Srcu.srcuBarrier;

import dev.pincheck.runtime.Srcu;
import dev.pincheck.runtime.Task;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The driver: one per "module", owning the SRCU domain its devices' mirror tables are read
 * under, and the module-exit path that waits for every deferred free before the domain goes.
 */
public final class MirrorDriver implements AutoCloseable {
  /** The domain of the mirror tables: the driver's own, not the notifier domain. */
  private final Srcu tableSrcu = new Srcu("mirror-table");

  private final Set<MirrorDevice> live = ConcurrentHashMap.newKeySet();
  private final AtomicInteger devicesFreed = new AtomicInteger();
  private final AtomicInteger entriesFreed = new AtomicInteger();

  /**
   * Binds a device to the task's address space (the driver's {@code open}); null when the task
   * has no address space left to mirror.
   */
  public MirrorDevice open(Task task) {
    MirrorDevice device = MirrorDevice.bind(this, task);
    if (device != null) {
      live.add(device);
    }
    return device;
  }

  /**
   * Module exit. Devices free themselves when their address space goes away; this waits for
   * those deferred frees ({@code mmu_notifier_synchronize}, then {@code srcu_barrier} for their
   * second stage and the entries they retired), and only then tears the domain down
   * ({@code cleanup_srcu_struct}).
   */
  @Override
  public void close() {
    mmuNotifierSynchronize();
    srcuBarrier(tableSrcu);
    if (!live.isEmpty()) {
      throw new IllegalStateException(
          live.size() + " device(s) still bound: their processes must exit before module exit");
    }
    tableSrcu.close();
  }

  Srcu tableSrcu() {
    return tableSrcu;
  }

  /** Runs in a grace-period function: only non-blocking bookkeeping. */
  void deviceFreed(MirrorDevice device) {
    live.remove(device);
    devicesFreed.incrementAndGet();
  }

  /** Runs in a grace-period function: only non-blocking bookkeeping. */
  void entryFreed() {
    entriesFreed.incrementAndGet();
  }

  public int devicesFreed() {
    return devicesFreed.get();
  }

  public int entriesFreed() {
    return entriesFreed.get();
  }
}

package dev.pincheck.samples;

import static dev.pincheck.runtime.Mm.followPte;
import static dev.pincheck.runtime.Mm.getTaskMm;
import static dev.pincheck.runtime.Mm.mmapReadLock;
import static dev.pincheck.runtime.Mm.mmapReadUnlock;
import static dev.pincheck.runtime.Mm.mmdrop;
import static dev.pincheck.runtime.Mm.mmgetNotZero;
import static dev.pincheck.runtime.Mm.mmgrab;
import static dev.pincheck.runtime.Mm.mmput;
import static dev.pincheck.runtime.MmuNotifier.mmuNotifierCallSrcu;
import static dev.pincheck.runtime.MmuNotifier.mmuNotifierRegister;
import static dev.pincheck.runtime.MmuNotifier.mmuNotifierUnregisterNoRelease;
import static dev.pincheck.runtime.Srcu.callSrcu;
import static dev.pincheck.runtime.Srcu.srcuReadLock;
import static dev.pincheck.runtime.Srcu.srcuReadUnlock;

import dev.pincheck.annotations.Pin;
import dev.pincheck.annotations.Pins;
import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.MmuNotifier;
import dev.pincheck.runtime.RcuHead;
import dev.pincheck.runtime.Srcu;
import dev.pincheck.runtime.Task;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A device with its own MMU that mirrors a process's address space, the way KVM's shadow pages,
 * amdkfd and HMM drivers do: device accesses translate through a mirror table, misses fault
 * the translation in from the process's page table, and MMU-notifier callbacks keep the mirror
 * coherent when the process's mappings change.
 *
 * <p>Lifetime, as the kernel drivers do it:
 * <ul>
 *   <li>The device keeps the {@code mm_struct} alive with {@code mmgrab} (a {@code COUNT} pin in
 *       {@link #mm}), never the address space: a device must not keep a dead process's memory.
 *   <li>Work on the address space takes {@code mmget_not_zero} around it, and gives up when the
 *       process is exiting.
 *   <li>The device frees itself from {@link #release}: it cannot unregister there (that waits
 *       for the callback it is running in), so it unregisters without release and defers the
 *       free, with its {@code mmdrop}, past a grace period with {@code mmu_notifier_call_srcu}
 *       (kernel commit
 *       "mmu_notifier: add call_srcu and sync function for listener to delay call and sync",
 *       used by amdkfd's {@code kfd_process_notifier_release}).
 * </ul>
 *
 * <p>Coherence follows KVM's {@code mmu_notifier_seq}/{@code mmu_notifier_count}: a fault reads
 * the sequence before it reads the process's pte and installs the translation only if no
 * invalidation started meanwhile. {@link #mmuLock} is the device's spinlock: held briefly,
 * never across anything that sleeps, so callbacks may take it.
 */
public final class MirrorDevice extends MmuNotifier {
  private final MirrorDriver driver;
  private final Srcu tableSrcu;

  /** The process's mm_struct, kept by mmgrab until the deferred free: not its mappings. */
  @Pins(Pin.COUNT)
  private final Mm mm;

  /** Page address to translation; published and unpublished under {@link #mmuLock}. */
  private final Map<Long, MirrorEntry> table = new ConcurrentHashMap<>();

  private final Object mmuLock = new Object();
  private long invalidateSeq;
  private int invalidatesInProgress;

  /** Set by {@link #release}: faults no longer touch {@link #mm}. Read in table read sections. */
  private volatile boolean released;

  private final RcuHead notifierFreeHead = new RcuHead();
  private final RcuHead tableFreeHead = new RcuHead();
  private final AtomicInteger faults = new AtomicInteger();
  private final AtomicInteger hits = new AtomicInteger();
  private final AtomicInteger invalidated = new AtomicInteger();
  private final AtomicInteger releases = new AtomicInteger();

  private MirrorDevice(MirrorDriver driver, Mm mm) {
    this.driver = driver;
    this.tableSrcu = driver.tableSrcu();
    mmgrab(mm);
    this.mm = mm;
  }

  /**
   * Binds a new device to the task's address space: null when the task has none (a kernel
   * thread) or is exiting. Registration needs the address space alive, so it runs under the
   * {@code get_task_mm} pin, dropped once the notifier is in place.
   */
  static MirrorDevice bind(MirrorDriver driver, Task task) {
    Mm target = getTaskMm(task);
    if (target == null) {
      return null;
    }
    try {
      MirrorDevice device = new MirrorDevice(driver, target);
      // Takes the mmap lock itself: we must not hold it here.
      mmuNotifierRegister(device, target);
      return device;
    } finally {
      mmput(target);
    }
  }

  /**
   * A device access to {@code address}: translated through the mirror, faulting the translation
   * in on a miss. Returns the pte used, or 0 when the process has nothing mapped there (or is
   * exiting).
   */
  public long access(long address) {
    long page = pageOf(address);
    long pte = lookup(page);
    if (pte != 0) {
      hits.incrementAndGet();
      return pte;
    }
    return fault(page);
  }

  /** The device TLB lookup: a read-side critical section of the table's domain. */
  private long lookup(long page) {
    int idx = srcuReadLock(tableSrcu);
    try {
      MirrorEntry entry = table.get(page);
      if (entry == null) {
        return 0;
      }
      entry.markYoung();
      return entry.pte();
    } finally {
      srcuReadUnlock(tableSrcu, idx);
    }
  }

  /** The device page fault: reads the process's pte under a USERS pin taken just for this. */
  private long fault(long page) {
    long pte = 0;
    boolean pinned;
    int idx = srcuReadLock(tableSrcu);
    try {
      // The device's own COUNT pin keeps the mm_struct only until the deferred free, which
      // waits for a grace period of this domain after setting released.
      pinned = !released && mmgetNotZero(mm);
    } finally {
      srcuReadUnlock(tableSrcu, idx);
    }
    if (pinned) { // else the process is exiting: nothing to mirror any more
      try {
        faults.incrementAndGet();
        long seq;
        synchronized (mmuLock) {
          seq = invalidateSeq;
        }
        mmapReadLock(mm);
        try {
          pte = followPte(mm, page);
        } finally {
          mmapReadUnlock(mm);
        }
        if (pte != 0) {
          install(page, pte, seq);
        }
      } finally {
        mmput(mm);
      }
    }
    return pte;
  }

  /** Publishes the translation unless an invalidation ran since {@code seq} was read. */
  private void install(long page, long pte, long seq) {
    MirrorEntry replaced;
    synchronized (mmuLock) {
      if (invalidatesInProgress > 0 || invalidateSeq != seq) {
        return; // raced with an invalidation: the next access faults again
      }
      replaced = table.put(page, new MirrorEntry(page, pte));
    }
    if (replaced != null) {
      retire(replaced);
    }
  }

  /** Frees an unpublished entry after every reader that may hold it has left. */
  private void retire(MirrorEntry entry) {
    callSrcu(tableSrcu, entry, this::freeEntry);
  }

  private void freeEntry(RcuHead head) {
    ((MirrorEntry) head).free();
    driver.entryFreed();
  }

  /** Unpublishes the entries of [start, end) under the device lock and retires them. */
  private void zap(long start, long end) {
    List<MirrorEntry> gone = new ArrayList<>();
    synchronized (mmuLock) {
      Iterator<MirrorEntry> entries = table.values().iterator();
      while (entries.hasNext()) {
        MirrorEntry entry = entries.next();
        if (entry.page() >= start && entry.page() < end) {
          entries.remove();
          gone.add(entry);
        }
      }
    }
    for (MirrorEntry entry : gone) {
      retire(entry);
    }
    invalidated.addAndGet(gone.size());
  }

  // ------------------------------------------------------------ MMU-notifier callbacks

  @Override
  public void invalidateRangeStart(Mm mm, long start, long end) {
    synchronized (mmuLock) {
      invalidatesInProgress++;
      invalidateSeq++;
    }
    zap(start, end);
  }

  @Override
  public void invalidateRangeEnd(Mm mm, long start, long end) {
    synchronized (mmuLock) {
      invalidatesInProgress--;
      invalidateSeq++;
    }
  }

  @Override
  public void invalidatePage(Mm mm, long address) {
    synchronized (mmuLock) {
      invalidateSeq++;
    }
    zap(address, address + Mm.PAGE_SIZE);
  }

  /** Copy-on-write or KSM gave the page a new pte: point the mirror at it too. */
  @Override
  public void changePte(Mm mm, long address, long pte) {
    MirrorEntry replaced;
    synchronized (mmuLock) {
      invalidateSeq++;
      replaced = table.containsKey(address) ? table.put(address, new MirrorEntry(address, pte)) : null;
    }
    if (replaced != null) {
      retire(replaced);
    }
  }

  @Override
  public boolean clearFlushYoung(Mm mm, long start, long end) {
    return ageRange(start, end);
  }

  @Override
  public boolean clearYoung(Mm mm, long start, long end) {
    return ageRange(start, end);
  }

  @Override
  public boolean testYoung(Mm mm, long address) {
    synchronized (mmuLock) {
      MirrorEntry entry = table.get(address);
      return entry != null && entry.isYoung();
    }
  }

  /**
   * The process is exiting (or this is the last unregister). Drops every translation and
   * stops faults, then frees the device after two grace periods: the notifier domain's, since
   * callbacks of this notifier may still be running on other threads, and then the table
   * domain's, since a fault may still be about to pin {@link #mm}.
   */
  @Override
  public void release(Mm mm) {
    releases.incrementAndGet();
    released = true;
    zap(0, Long.MAX_VALUE);
    mmuNotifierUnregisterNoRelease(this, mm);
    mmuNotifierCallSrcu(notifierFreeHead, head -> callSrcu(tableSrcu, tableFreeHead, this::free));
  }

  /** The end of the device, after both grace periods: drops its mm_count pin. Never blocks. */
  private void free(RcuHead head) {
    mmdrop(mm);
    driver.deviceFreed(this);
  }

  /** Entries found under {@link #mmuLock} are published, so not yet retired. */
  private boolean ageRange(long start, long end) {
    boolean young = false;
    synchronized (mmuLock) {
      for (MirrorEntry entry : table.values()) {
        if (entry.page() >= start && entry.page() < end) {
          young |= entry.testAndClearYoung();
        }
      }
    }
    return young;
  }

  private static long pageOf(long address) {
    return address & ~(Mm.PAGE_SIZE - 1);
  }

  // ------------------------------------------------------------ statistics

  /** Translations currently in the mirror. */
  public int mirrored() {
    return table.size();
  }

  /** The mirrored pte of the page at {@code address}, 0 when none; for consistency checks. */
  public long mirroredPte(long address) {
    int idx = srcuReadLock(tableSrcu);
    try {
      MirrorEntry entry = table.get(pageOf(address));
      return entry == null ? 0 : entry.pte();
    } finally {
      srcuReadUnlock(tableSrcu, idx);
    }
  }

  public int faults() {
    return faults.get();
  }

  public int hits() {
    return hits.get();
  }

  public int invalidated() {
    return invalidated.get();
  }

  public int releases() {
    return releases.get();
  }
}

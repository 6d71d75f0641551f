package dev.pincheck.runtime;

import dev.pincheck.annotations.Blocking;
import dev.pincheck.annotations.Locks;
import dev.pincheck.annotations.Pin;
import dev.pincheck.annotations.Pins;
import dev.pincheck.annotations.PinsIf;
import dev.pincheck.annotations.Releases;
import dev.pincheck.annotations.RequiresLock;
import dev.pincheck.annotations.TakesLock;
import dev.pincheck.annotations.Unlocks;
import dev.pincheck.annotations.UsesPin;
import dev.pincheck.annotations.WaitsForReaders;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An address space ({@code struct mm_struct}) with the kernel's two reference counts:
 * {@code mm_users} ({@link Pin#USERS}) keeps the mappings alive, {@code mm_count}
 * ({@link Pin#COUNT}) only the structure. All users together hold one {@code mm_count}
 * reference: the last {@link #mmput} tears the address space down ({@code exit_mmap}: the
 * notifiers' {@code release}, a grace period, then every page unmapped) and drops it; the last
 * {@link #mmdrop} frees the structure, after which every operation throws.
 *
 * <p>The functions are static and named like the kernel's, for static import. The counters
 * follow {@code refcount_t}: a pin taken on zero or dropped below zero throws an
 * {@link IllegalStateException} naming the mm and the counter, and leaves it saturated.
 *
 * <p>The address space is a model just rich enough to drive {@link MmuNotifier}s for real: pages
 * of {@link #PAGE_SIZE} bytes, each with a pte value and a young (accessed) bit. Operations that
 * change it run the notifier callbacks the kernel runs.
 */
public final class Mm {
  public static final long PAGE_SIZE = PageTable.PAGE_SIZE;

  /** {@link #mmAccess} modes, as in {@code include/linux/ptrace.h}. */
  public static final int PTRACE_MODE_READ = 0x01;

  public static final int PTRACE_MODE_ATTACH = 0x02;
  public static final int PTRACE_MODE_NOAUDIT = 0x04;
  public static final int PTRACE_MODE_FSCREDS = 0x08;
  public static final int PTRACE_MODE_REALCREDS = 0x10;
  public static final int PTRACE_MODE_READ_FSCREDS = PTRACE_MODE_READ | PTRACE_MODE_FSCREDS;
  public static final int PTRACE_MODE_READ_REALCREDS = PTRACE_MODE_READ | PTRACE_MODE_REALCREDS;
  public static final int PTRACE_MODE_ATTACH_FSCREDS = PTRACE_MODE_ATTACH | PTRACE_MODE_FSCREDS;
  public static final int PTRACE_MODE_ATTACH_REALCREDS = PTRACE_MODE_ATTACH | PTRACE_MODE_REALCREDS;

  private static final AtomicLong IDS = new AtomicLong();

  private final long id = IDS.incrementAndGet();
  final RefCount users = new RefCount(this, "mm_users", 1);
  final RefCount count = new RefCount(this, "mm_count", 1);
  private volatile boolean freed;
  /** {@code mmap_sem}. */
  final RwSemaphore mmapLock = new RwSemaphore(this, "mmap");
  /**
   * What {@code mm_take_all_locks} takes: stands for the rmap locks (anon_vma, i_mmap) that
   * page aging and reclaim hold, so registration excludes them as in the kernel.
   */
  final RwSemaphore allLocks = new RwSemaphore(this, "mm_all_locks");
  final PageTable pages = new PageTable(this);
  final MmuNotifierMm notifiers = new MmuNotifierMm();

  private Mm() {}

  @Override
  public String toString() {
    return "mm#" + id;
  }

  /** Current {@code mm_users}; a racy snapshot for diagnostics and tests. */
  public int users() {
    return users.get();
  }

  /** Current {@code mm_count}; a racy snapshot for diagnostics and tests. */
  public int count() {
    return count.get();
  }

  /** Whether the last {@code mm_count} reference was dropped ({@code __mmdrop} ran). */
  public boolean isFreed() {
    return freed;
  }

  // ---------------------------------------------------------------- reference counts

  /** {@code mm_alloc}: a new, empty address space with {@code mm_users = mm_count = 1}. */
  @Pins(Pin.USERS)
  public static Mm mmAlloc() {
    return new Mm();
  }

  /** {@code mmgrab}: keeps the structure (not the mappings) alive until {@link #mmdrop}. */
  public static void mmgrab(@Pins(Pin.COUNT) Mm mm) {
    Objects.requireNonNull(mm, "mm");
    mm.count.inc("mmgrab");
  }

  /** {@code mmdrop}: the last drop frees the structure ({@code __mmdrop}). Never blocks. */
  public static void mmdrop(@Releases(Pin.COUNT) Mm mm) {
    Objects.requireNonNull(mm, "mm");
    if (mm.count.decAndTest("mmdrop")) {
      mm.free();
    }
  }

  /** {@code mmdrop_async}: like {@link #mmdrop}, but the free runs on a background worker. */
  public static void mmdropAsync(@Releases(Pin.COUNT) Mm mm) {
    Objects.requireNonNull(mm, "mm");
    if (mm.count.decAndTest("mmdropAsync")) {
      SystemWorkqueue.schedule(mm::free);
    }
  }

  /** {@code mmget}: the caller already holds a pin; the mappings stay until {@link #mmput}. */
  public static void mmget(@Pins(Pin.USERS) Mm mm) {
    requireNotFreed(mm, "mmget");
    mm.users.inc("mmget");
  }

  /**
   * {@code mmget_not_zero}: takes a {@code USERS} pin unless the address space is already going
   * away (the mm is held only by {@code mmgrab}); true when it did.
   */
  public static boolean mmgetNotZero(@PinsIf(value = Pin.USERS, result = true) Mm mm) {
    requireNotFreed(mm, "mmgetNotZero");
    return mm.users.incNotZero("mmgetNotZero");
  }

  /**
   * {@code mmput}: drops a {@code USERS} pin. The last one runs {@code exit_mmap}: every
   * notifier's {@code release} inside the notifier SRCU read section, a grace period of that
   * domain, then every page unmapped; then it drops the {@code mm_count} reference the users
   * held. So it may block; from a notifier callback use {@link #mmputAsync}.
   */
  @Blocking
  @WaitsForReaders(MmuNotifier.SRCU_DOMAIN)
  public static void mmput(@Releases(Pin.USERS) Mm mm) {
    requireNotFreed(mm, "mmput");
    MmuNotifier.checkNotInCallback(
        "mmput",
        "if it drops the last USERS pin, exit_mmap waits for a notifier grace period",
        "use mmputAsync, which tears the address space down on a background worker");
    if (mm.users.decAndTest("mmput")) {
      mm.tearDown();
    }
  }

  /** {@code mmput_async}: like {@link #mmput}, but the teardown runs on a background worker. */
  public static void mmputAsync(@Releases(Pin.USERS) Mm mm) {
    requireNotFreed(mm, "mmputAsync");
    if (mm.users.decAndTest("mmputAsync")) {
      SystemWorkqueue.schedule(mm::tearDown);
    }
  }

  /**
   * {@code get_task_mm}: the task's mm with a new {@code USERS} pin the caller owns, or
   * {@code null} when the task has none (a kernel thread) or has exited.
   */
  @Pins(Pin.USERS)
  public static Mm getTaskMm(Task task) {
    Objects.requireNonNull(task, "task");
    return task.pinMm();
  }

  /**
   * {@code mm_access}: {@link #getTaskMm} after a ptrace access check under the task's
   * {@code cred_guard_mutex}; {@code null} when the task has no mm or access is denied (the task
   * is not dumpable). {@code mode} is {@link #PTRACE_MODE_READ} or {@link #PTRACE_MODE_ATTACH}
   * with exactly one of {@link #PTRACE_MODE_FSCREDS} or {@link #PTRACE_MODE_REALCREDS}.
   */
  @Pins(Pin.USERS)
  @Blocking
  public static Mm mmAccess(Task task, int mode) {
    Objects.requireNonNull(task, "task");
    checkPtraceMode(mode);
    task.credGuardMutex().lock();
    try {
      Mm mm = task.pinMm();
      if (mm != null && !task.isDumpable()) {
        mmput(mm);
        return null;
      }
      return mm;
    } finally {
      task.credGuardMutex().unlock();
    }
  }

  // ---------------------------------------------------------------- locks

  /** {@code mmap_write_lock}: the mmap lock for write; not reentrant. */
  @Blocking
  public static void mmapWriteLock(
      @UsesPin(Pin.COUNT) @Locks(value = "mmap", exclusive = true) Mm mm) {
    requireNotFreed(mm, "mmapWriteLock");
    mm.mmapLock.downWrite("mmapWriteLock");
  }

  /** {@code mmap_write_unlock}, on the thread that locked. */
  public static void mmapWriteUnlock(@Unlocks("mmap") Mm mm) {
    requireNotFreed(mm, "mmapWriteUnlock");
    mm.mmapLock.upWrite("mmapWriteUnlock");
  }

  /** {@code mmap_read_lock}: the mmap lock shared; not reentrant either. */
  @Blocking
  public static void mmapReadLock(
      @UsesPin(Pin.COUNT) @Locks(value = "mmap", exclusive = false) Mm mm) {
    requireNotFreed(mm, "mmapReadLock");
    mm.mmapLock.downRead("mmapReadLock");
  }

  /** {@code mmap_read_unlock}, on the thread that locked. */
  public static void mmapReadUnlock(@Unlocks("mmap") Mm mm) {
    requireNotFreed(mm, "mmapReadUnlock");
    mm.mmapLock.upRead("mmapReadUnlock");
  }

  /**
   * {@code mm_take_all_locks}: with the mmap lock held for write, also excludes page aging and
   * reclaim, so no notifier callback can run on this mm until {@link #mmDropAllLocks}. Taking it
   * twice deadlocks (this throws instead).
   */
  @Blocking
  public static void mmTakeAllLocks(
      @RequiresLock(value = "mmap", exclusive = true) @Locks(value = "mm_all_locks", nestedIn = "mmap")
          Mm mm) {
    requireNotFreed(mm, "mmTakeAllLocks");
    if (!mm.mmapLock.isWriteLockedByCurrentThread()) {
      throw new IllegalStateException(
          "mmTakeAllLocks(" + mm + "): the caller must hold the mmap lock for write (mmapWriteLock)");
    }
    mm.allLocks.downWrite("mmTakeAllLocks");
  }

  /** {@code mm_drop_all_locks}. */
  public static void mmDropAllLocks(@Unlocks("mm_all_locks") Mm mm) {
    requireNotFreed(mm, "mmDropAllLocks");
    mm.allLocks.upWrite("mmDropAllLocks");
  }

  // ---------------------------------------------------------------- address space

  /**
   * {@code vm_mmap} with {@code MAP_FIXED | MAP_POPULATE}: maps fresh, young pages over
   * {@code [start, start + length)} ({@code start} page aligned, {@code length} rounded up to
   * pages). Pages already mapped there are unmapped first, between
   * {@code invalidateRangeStart}/{@code invalidateRangeEnd} like {@link #munmap}. Takes the
   * mmap lock for write.
   */
  @Blocking
  public static void mmap(@UsesPin(Pin.USERS) @TakesLock("mmap") Mm mm, long start, long length) {
    long end = rangeEnd(start, length, "mmap");
    unmapRange(mm, start, end, "mmap", true);
  }

  /**
   * {@code vm_munmap}: unmaps {@code [start, start + length)}. When anything is mapped there, the
   * pages go between {@code invalidateRangeStart} and {@code invalidateRangeEnd} (which also
   * runs {@code invalidateRange}) over that range. Takes the mmap lock for write.
   */
  @Blocking
  public static void munmap(@UsesPin(Pin.USERS) @TakesLock("mmap") Mm mm, long start, long length) {
    long end = rangeEnd(start, length, "munmap");
    unmapRange(mm, start, end, "munmap", false);
  }

  /**
   * {@code set_pte_at_notify}: gives the mapped page at {@code address} the new, non-zero
   * {@code pte} (as copy-on-write or KSM do), running {@code changePte} first. Takes the mmap
   * lock for read, like the fault path.
   */
  @Blocking
  public static void setPteAtNotify(@UsesPin(Pin.USERS) @TakesLock("mmap") Mm mm, long address, long pte) {
    long page = pageOf(address, "setPteAtNotify");
    if (pte == 0) {
      throw new IllegalArgumentException("setPteAtNotify: pte 0 is pte_none; use munmap to unmap a page");
    }
    requireUsers(mm, "setPteAtNotify");
    CallbackFailures failures = new CallbackFailures();
    mm.mmapLock.downRead("setPteAtNotify");
    try {
      if (mm.pages.get(page) == 0) {
        throw new IllegalArgumentException(
            "setPteAtNotify(" + mm + "): no page mapped at 0x" + Long.toHexString(page));
      }
      mm.notifiers.changePte(mm, page, pte, failures);
      mm.pages.set(page, pte, "setPteAtNotify");
    } finally {
      mm.mmapLock.upRead("setPteAtNotify");
    }
    failures.rethrow();
  }

  /**
   * {@code ptep_clear_flush_young_notify}: clears the young bit of the page at
   * {@code address} and asks every notifier's {@code clearFlushYoung} over that page; true when
   * the pte or any notifier (results OR-ed, all called) saw it young. Page aging takes the rmap
   * locks, which {@link #mmTakeAllLocks} excludes.
   */
  @Blocking
  public static boolean ptepClearFlushYoungNotify(
      @UsesPin(Pin.USERS) @TakesLock("mm_all_locks") Mm mm, long address) {
    return underRmapLocks(mm, address, "ptepClearFlushYoungNotify",
        (page, failures) -> mm.pages.testAndClearYoung(page, "ptepClearFlushYoungNotify")
            | mm.notifiers.clearFlushYoung(mm, page, page + PAGE_SIZE, failures));
  }

  /**
   * {@code ptep_clear_young_notify}: as {@link #ptepClearFlushYoungNotify} without the TLB
   * flush, with the notifiers' {@code clearYoung} (idle page tracking).
   */
  @Blocking
  public static boolean ptepClearYoungNotify(
      @UsesPin(Pin.USERS) @TakesLock("mm_all_locks") Mm mm, long address) {
    return underRmapLocks(mm, address, "ptepClearYoungNotify",
        (page, failures) -> mm.pages.testAndClearYoung(page, "ptepClearYoungNotify")
            | mm.notifiers.clearYoung(mm, page, page + PAGE_SIZE, failures));
  }

  /**
   * {@code mmu_notifier_test_young}: whether any notifier saw the page at {@code address} young;
   * asks them in turn and stops at the first that says so. Clears nothing, reads no pte (see
   * {@link #pteYoung}).
   */
  @Blocking
  public static boolean mmuNotifierTestYoung(
      @UsesPin(Pin.USERS) @TakesLock("mm_all_locks") Mm mm, long address) {
    return underRmapLocks(mm, address, "mmuNotifierTestYoung",
        (page, failures) -> mm.notifiers.testYoung(mm, page, failures));
  }

  /**
   * {@code try_to_unmap_one}, as reclaim does: unmaps the page at {@code address} and then runs
   * the notifiers' {@code invalidatePage}; false when nothing was mapped there.
   */
  @Blocking
  public static boolean tryToUnmapOne(@UsesPin(Pin.USERS) @TakesLock("mm_all_locks") Mm mm, long address) {
    return underRmapLocks(mm, address, "tryToUnmapOne", (page, failures) -> {
      boolean unmapped = mm.pages.remove(page, "tryToUnmapOne") != 0;
      if (unmapped) {
        mm.notifiers.invalidatePage(mm, page, failures);
      }
      return unmapped;
    });
  }

  /** A CPU access to the page at {@code address}: sets its young bit; false when unmapped. */
  public static boolean accessPage(@UsesPin(Pin.USERS) Mm mm, long address) {
    long page = pageOf(address, "accessPage");
    requireUsers(mm, "accessPage");
    return mm.pages.markYoung(page, "accessPage");
  }

  /** {@code follow_pte}: the pte of the page at {@code address}, 0 ({@code pte_none}) if none. */
  public static long followPte(@UsesPin(Pin.USERS) Mm mm, long address) {
    long page = pageOf(address, "followPte");
    requireUsers(mm, "followPte");
    return mm.pages.get(page);
  }

  /** {@code pte_young}: the young bit of the page at {@code address}; false when unmapped. */
  public static boolean pteYoung(@UsesPin(Pin.USERS) Mm mm, long address) {
    long page = pageOf(address, "pteYoung");
    requireUsers(mm, "pteYoung");
    return mm.pages.young(page);
  }

  // ---------------------------------------------------------------- internals

  /** {@code __mmput}: {@code exit_mmap}, then the users' {@code mm_count} reference goes. */
  private void tearDown() {
    CallbackFailures failures = new CallbackFailures();
    // exit_mmap: release first, so drivers drop their secondary mappings while the pages exist;
    // release() ends with a grace period, so a release run by a racing unregister is done too.
    notifiers.release(this, failures);
    // The notifier list is empty now: unmapping everything runs no callback.
    pages.tearDown();
    mmdrop(this);
    failures.rethrow();
  }

  /** {@code __mmdrop}. */
  private void free() {
    if (!notifiers.isEmpty()) {
      // Every registration holds an mm_count reference, so this cannot happen (kernel: BUG_ON).
      throw new IllegalStateException("__mmdrop(" + this + ") with notifiers still registered");
    }
    freed = true;
  }

  /**
   * What {@link #mmap} and {@link #munmap} share: with a live address space and the mmap lock
   * held for write, whatever is mapped in [start, end) goes between {@code invalidateRangeStart}
   * and {@code invalidateRangeEnd}; then, for {@code mmap}, fresh pages are mapped there. What a
   * notifier callback threw is rethrown only after the lock is dropped.
   */
  private static void unmapRange(Mm mm, long start, long end, String operation, boolean thenPopulate) {
    requireUsers(mm, operation);
    CallbackFailures failures = new CallbackFailures();
    mm.mmapLock.downWrite(operation);
    try {
      if (mm.pages.anyMapped(start, end)) {
        mm.notifiers.invalidateRangeStart(mm, start, end, failures);
        mm.pages.clear(start, end, operation);
        mm.notifiers.invalidateRangeEnd(mm, start, end, failures);
      }
      if (thenPopulate) {
        mm.pages.populate(start, end, operation);
      }
    } finally {
      mm.mmapLock.upWrite(operation);
    }
    failures.rethrow();
  }

  /** What a page-aging or reclaim operation does to one page, with the rmap locks held. */
  @FunctionalInterface
  private interface RmapWork {
    /** The operation's answer; what notifier callbacks throw goes to {@code failures}. */
    boolean run(long page, CallbackFailures failures);
  }

  /**
   * The frame page aging and reclaim share: the page of {@code address}, a live address space,
   * {@code work} with the rmap locks held ({@code mm_all_locks} shared, so registration is
   * excluded), and what a notifier callback threw rethrown only after the locks are dropped.
   */
  private static boolean underRmapLocks(Mm mm, long address, String operation, RmapWork work) {
    long page = pageOf(address, operation);
    requireUsers(mm, operation);
    CallbackFailures failures = new CallbackFailures();
    boolean result;
    mm.allLocks.downRead(operation);
    try {
      result = work.run(page, failures);
    } finally {
      mm.allLocks.upRead(operation);
    }
    failures.rethrow();
    return result;
  }

  static void requireNotFreed(Mm mm, String operation) {
    Objects.requireNonNull(mm, "mm");
    if (mm.freed) {
      throw new IllegalStateException(
          operation + "(" + mm + "): use after free: the last mm_count reference was dropped (mmdrop)");
    }
  }

  static void requireUsers(Mm mm, String operation) {
    requireNotFreed(mm, operation);
    if (mm.users.get() <= 0) {
      throw new IllegalStateException(
          operation + "(" + mm + "): mm_users is " + mm.users.get() + ": the address space is gone or going"
              + " away; hold a USERS pin (mmget, getTaskMm, mmgetNotZero) across the call");
    }
  }

  private static long rangeEnd(long start, long length, String operation) {
    if (start < 0 || start % PAGE_SIZE != 0) {
      throw new IllegalArgumentException(
          operation + ": start 0x" + Long.toHexString(start) + " must be non-negative and page aligned");
    }
    if (length <= 0) {
      throw new IllegalArgumentException(operation + ": length " + length + " must be positive");
    }
    long pages = (length - 1) / PAGE_SIZE + 1;
    if (pages > (Long.MAX_VALUE - start) / PAGE_SIZE) {
      throw new IllegalArgumentException(operation + ": range overflows the address space");
    }
    return start + pages * PAGE_SIZE;
  }

  private static long pageOf(long address, String operation) {
    if (address < 0) {
      throw new IllegalArgumentException(operation + ": address 0x" + Long.toHexString(address) + " is negative");
    }
    return address & ~(PAGE_SIZE - 1);
  }

  private static void checkPtraceMode(int mode) {
    int access = mode & (PTRACE_MODE_READ | PTRACE_MODE_ATTACH);
    int creds = mode & (PTRACE_MODE_FSCREDS | PTRACE_MODE_REALCREDS);
    if ((mode & ~0x1f) != 0 || Integer.bitCount(access) != 1 || Integer.bitCount(creds) != 1) {
      throw new IllegalArgumentException(
          "mmAccess: mode 0x" + Integer.toHexString(mode) + " must be PTRACE_MODE_READ or PTRACE_MODE_ATTACH"
              + " with exactly one of PTRACE_MODE_FSCREDS or PTRACE_MODE_REALCREDS"
              + " (e.g. PTRACE_MODE_READ_FSCREDS)");
    }
  }
}

package dev.pincheck.runtime;

import dev.pincheck.annotations.AfterGracePeriod;
import dev.pincheck.annotations.AttachesTo;
import dev.pincheck.annotations.Blocking;
import dev.pincheck.annotations.InReadSection;
import dev.pincheck.annotations.NonBlocking;
import dev.pincheck.annotations.Pin;
import dev.pincheck.annotations.RequiresLock;
import dev.pincheck.annotations.Retires;
import dev.pincheck.annotations.TakesLock;
import dev.pincheck.annotations.WaitsForReaders;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * A secondary MMU (a device, a hypervisor) that mirrors pages of an {@link Mm} and must hear
 * when they change ({@code struct mmu_notifier} and its ops). Extend it and override the
 * callbacks you need; the others do nothing (the young ones answer "not young").
 *
 * <p>Every callback runs inside the read section of one global SRCU domain, named
 * {@value #SRCU_DOMAIN}: it may sleep, but must not wait for that domain's grace period
 * ({@link #mmuNotifierUnregister}, {@link #mmuNotifierSynchronize}, {@link Mm#mmput}) or it
 * deadlocks. To unregister from a callback, use {@link #mmuNotifierUnregisterNoRelease} and free
 * the notifier's state from {@link #mmuNotifierCallSrcu}.
 *
 * <p>Lifetime rules (v4.6 {@code mm/mmu_notifier.c}): registering needs a live address space
 * (a {@code USERS} pin) and takes an {@code mm_count} reference that unregistering drops, so
 * unregister may run before or after the mm exits. {@link #release} runs exactly once per
 * registration: from {@code exit_mmap}, before the pages go, or from {@link #mmuNotifierUnregister},
 * whichever comes first. After {@code mmuNotifierUnregister} returns no callback of the notifier
 * is running or will run.
 */
public abstract class MmuNotifier {
  /** The name contracts use for the notifier SRCU domain. */
  public static final String SRCU_DOMAIN = "mmu_notifier";

  /** The one SRCU domain of all notifier callbacks, of all mms (the kernel's static srcu). */
  static final Srcu SRCU = new Srcu(SRCU_DOMAIN);

  private final AtomicReference<MmuNotifierMm.Registration> registration = new AtomicReference<>();

  protected MmuNotifier() {}

  // ---------------------------------------------------------------- callbacks

  /**
   * The address space is going away: from {@code exit_mmap} before any page is freed, or from
   * {@link #mmuNotifierUnregister} if that comes first; exactly once per registration. Drop all
   * secondary mappings and stop creating new ones.
   */
  @InReadSection(SRCU_DOMAIN)
  public void release(Mm mm) {}

  /** Page aging: clear the young state of [start, end) and flush; true when any was young. */
  @InReadSection(SRCU_DOMAIN)
  public boolean clearFlushYoung(Mm mm, long start, long end) {
    return false;
  }

  /** As {@link #clearFlushYoung} without the flush. */
  @InReadSection(SRCU_DOMAIN)
  public boolean clearYoung(Mm mm, long start, long end) {
    return false;
  }

  /** Whether the page at {@code address} is young; clears nothing. */
  @InReadSection(SRCU_DOMAIN)
  public boolean testYoung(Mm mm, long address) {
    return false;
  }

  /** The page at {@code address} gets the new {@code pte} (copy-on-write, KSM). */
  @InReadSection(SRCU_DOMAIN)
  public void changePte(Mm mm, long address, long pte) {}

  /** The page at {@code address} was unmapped (reclaim). */
  @InReadSection(SRCU_DOMAIN)
  public void invalidatePage(Mm mm, long address) {}

  /** The pages of [start, end) are about to be unmapped: stop using them. */
  @InReadSection(SRCU_DOMAIN)
  public void invalidateRangeStart(Mm mm, long start, long end) {}

  /** The pages of [start, end) are gone; runs right after {@link #invalidateRange}. */
  @InReadSection(SRCU_DOMAIN)
  public void invalidateRangeEnd(Mm mm, long start, long end) {}

  /** The pages of [start, end) are gone: flush secondary TLBs. */
  @InReadSection(SRCU_DOMAIN)
  public void invalidateRange(Mm mm, long start, long end) {}

  // ---------------------------------------------------------------- registration

  /**
   * {@code mmu_notifier_register}: attaches {@code mn} to {@code mm}, taking the mmap lock (the
   * caller must not hold it) and {@code mm_take_all_locks}, so no callback of {@code mm} runs
   * meanwhile. The caller must hold a {@code USERS} pin (the kernel {@code BUG_ON}s); the
   * registration takes its own {@code mm_count} reference, dropped by unregister.
   */
  @Blocking
  public static void mmuNotifierRegister(
      MmuNotifier mn, @AttachesTo(Pin.USERS) @TakesLock("mmap") Mm mm) {
    Objects.requireNonNull(mn, "mn");
    Mm.requireUsers(mm, "mmuNotifierRegister");
    Mm.mmapWriteLock(mm);
    try {
      register(mn, mm, "mmuNotifierRegister");
    } finally {
      Mm.mmapWriteUnlock(mm);
    }
  }

  /**
   * {@code __mmu_notifier_register}: as {@link #mmuNotifierRegister}, but the caller already
   * holds the mmap lock for write.
   */
  @Blocking
  public static void mmuNotifierRegisterLocked(
      MmuNotifier mn,
      @AttachesTo(Pin.USERS) @RequiresLock(value = "mmap", exclusive = true) Mm mm) {
    Objects.requireNonNull(mn, "mn");
    Mm.requireUsers(mm, "mmuNotifierRegisterLocked");
    if (!mm.mmapLock.isWriteLockedByCurrentThread()) {
      throw new IllegalStateException(
          "mmuNotifierRegisterLocked(" + mm + "): the caller must hold the mmap lock for write;"
              + " use mmuNotifierRegister, which takes it");
    }
    register(mn, mm, "mmuNotifierRegisterLocked");
  }

  /**
   * {@code mmu_notifier_unregister}: detaches {@code mn} from {@code mm}, runs its
   * {@link #release} unless {@code exit_mmap} already did, waits for a grace period so that no
   * callback of {@code mn} is still running, and drops the registration's {@code mm_count}
   * reference. Works before or after the mm exited. Never from a callback (it would wait for
   * itself): use {@link #mmuNotifierUnregisterNoRelease} there.
   */
  @Blocking
  @WaitsForReaders(SRCU_DOMAIN)
  public static void mmuNotifierUnregister(@Retires(SRCU_DOMAIN) MmuNotifier mn, Mm mm) {
    Objects.requireNonNull(mn, "mn");
    Objects.requireNonNull(mm, "mm");
    checkNotInCallback(
        "mmuNotifierUnregister",
        "it waits for a notifier grace period",
        "call mmuNotifierUnregisterNoRelease(mn, mm) here, and free the notifier's state with"
            + " mmuNotifierCallSrcu(head, func), whose func runs after the grace period");
    MmuNotifierMm.Registration r = mn.detach(mm, "mmuNotifierUnregister");
    CallbackFailures failures = new CallbackFailures();
    if (r.hashed) {
      // exit_mmap, if it runs now, waits in its synchronize for this release to finish.
      MmuNotifierMm.releaseOnUnregister(r, failures);
      mm.notifiers.remove(r);
    }
    // Waits for every running callback of mn, including a release run by exit_mmap.
    Srcu.synchronizeSrcu(SRCU);
    Mm.mmdrop(mm);
    failures.rethrow();
  }

  /**
   * {@code mmu_notifier_unregister_no_release}: detaches {@code mn} from {@code mm} and drops
   * the registration's {@code mm_count} reference, without calling {@link #release} and without
   * waiting: callbacks that already started may still run, so free {@code mn}'s state only after
   * a grace period, with {@link #mmuNotifierCallSrcu}. Safe from inside a callback.
   */
  public static void mmuNotifierUnregisterNoRelease(@Retires(SRCU_DOMAIN) MmuNotifier mn, Mm mm) {
    Objects.requireNonNull(mn, "mn");
    Objects.requireNonNull(mm, "mm");
    MmuNotifierMm.Registration r = mn.detach(mm, "mmuNotifierUnregisterNoRelease");
    mm.notifiers.remove(r);
    Mm.mmdrop(mm);
  }

  /**
   * {@code mmu_notifier_call_srcu}: runs {@code func(head)} on a background worker after a
   * grace period of the notifier domain, when no callback that could see a notifier retired
   * before this call is still running. {@code func} must not block.
   */
  public static void mmuNotifierCallSrcu(
      RcuHead head, @NonBlocking @AfterGracePeriod(SRCU_DOMAIN) Consumer<RcuHead> func) {
    Srcu.callSrcu(SRCU, head, func);
  }

  /**
   * {@code mmu_notifier_synchronize}: waits until every function queued by
   * {@link #mmuNotifierCallSrcu} has run (a module calls it before it unloads).
   */
  @Blocking
  @WaitsForReaders(SRCU_DOMAIN)
  public static void mmuNotifierSynchronize() {
    checkNotInCallback(
        "mmuNotifierSynchronize",
        "it waits for a notifier grace period",
        "do not wait inside a callback; mmuNotifierCallSrcu functions run in order anyway");
    Srcu.srcuBarrier(SRCU);
  }

  // ---------------------------------------------------------------- internals

  private static void register(MmuNotifier mn, Mm mm, String operation) {
    MmuNotifierMm.Registration r = new MmuNotifierMm.Registration(mn, mm);
    Mm.mmTakeAllLocks(mm);
    try {
      Mm.requireUsers(mm, operation);
      if (!mn.registration.compareAndSet(null, r)) {
        throw new IllegalStateException(
            operation + "(" + mm + "): this notifier is already registered with " + mn.registration.get().mm
                + "; unregister it first");
      }
      Mm.mmgrab(mm);
      mm.notifiers.add(r);
    } finally {
      Mm.mmDropAllLocks(mm);
    }
  }

  private MmuNotifierMm.Registration detach(Mm mm, String operation) {
    MmuNotifierMm.Registration r = registration.get();
    if (r == null || r.mm != mm) {
      throw new IllegalStateException(
          operation + "(" + mm + "): this notifier is " + (r == null ? "not registered" : "registered with " + r.mm)
              + "; each registration is unregistered once, with the mm it was registered on");
    }
    if (!registration.compareAndSet(r, null)) {
      throw new IllegalStateException(
          operation + "(" + mm + "): this notifier is being unregistered concurrently by another thread");
    }
    return r;
  }

  /**
   * Debug mode: refuses, with an explanation, a call that waits for a notifier grace period
   * from inside a notifier callback (the notifier SRCU read section) on this thread.
   */
  static void checkNotInCallback(String operation, String why, String fix) {
    if (DebugMode.ENABLED && SRCU.heldByCurrentThread()) {
      throw new GracePeriodDeadlockException(
          operation + " called from inside an MMU-notifier callback, i.e. inside the '" + SRCU_DOMAIN
              + "' SRCU read section: " + why + ", which cannot end until this callback returns"
              + " (a deadlock). Fix: " + fix + ".");
    }
  }
}

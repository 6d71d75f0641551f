package dev.pincheck.runtime;

import static dev.pincheck.runtime.Srcu.srcuReadLock;
import static dev.pincheck.runtime.Srcu.srcuReadUnlock;
import static dev.pincheck.runtime.Srcu.synchronizeSrcu;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The notifiers registered on one mm ({@code struct mmu_notifier_mm}) and the dispatch of every
 * callback to them, as {@code mm/mmu_notifier.c} (v4.6) does: each dispatch walks the list inside
 * the global notifier SRCU read section; the list is copied on write under its spinlock, so a
 * walk sees a stable snapshot and unregistration only has to wait for a grace period.
 *
 * <p>Callbacks must not throw. If one does, the others still run: each dispatch records what
 * they throw in the caller's {@link CallbackFailures}, which rethrows once the mm operation is
 * complete.
 */
final class MmuNotifierMm {
  /** One registration of a notifier on this mm (its {@code hlist} node). */
  static final class Registration {
    final MmuNotifier notifier;
    final Mm mm;
    private final AtomicBoolean releaseClaimed = new AtomicBoolean();
    /** On the list: {@code !hlist_unhashed}. Written under the list lock. */
    volatile boolean hashed;

    Registration(MmuNotifier notifier, Mm mm) {
      this.notifier = notifier;
      this.mm = mm;
    }

    /**
     * Whoever wins this gets to call {@code release}: exit and unregister may both try, and
     * {@code release} must run exactly once per registration (the kernel leaves a window here;
     * this runtime closes it).
     */
    boolean claimRelease() {
      return releaseClaimed.compareAndSet(false, true);
    }
  }

  private static final Registration[] EMPTY = new Registration[0];

  private final Object lock = new Object();
  private volatile Registration[] list = EMPTY;

  /** {@code hlist_add_head}: the newest registration is called first. */
  void add(Registration r) {
    synchronized (lock) {
      Registration[] old = list;
      Registration[] grown = new Registration[old.length + 1];
      grown[0] = r;
      System.arraycopy(old, 0, grown, 1, old.length);
      r.hashed = true;
      list = grown;
    }
  }

  /** {@code hlist_del_init_rcu}: no-op when exit already took it off. */
  void remove(Registration r) {
    synchronized (lock) {
      Registration[] old = list;
      for (int i = 0; i < old.length; i++) {
        if (old[i] == r) {
          Registration[] shrunk = new Registration[old.length - 1];
          System.arraycopy(old, 0, shrunk, 0, i);
          System.arraycopy(old, i + 1, shrunk, i, old.length - i - 1);
          list = shrunk;
          break;
        }
      }
      r.hashed = false;
    }
  }

  boolean isEmpty() {
    return list.length == 0;
  }

  /**
   * {@code __mmu_notifier_release}, run by {@code exit_mmap} before the pages go: calls every
   * registered notifier's {@code release} (unless its unregister already did), empties the list,
   * and waits for a grace period, so a {@code release} run by a concurrent unregister has
   * finished too when this returns.
   */
  void release(Mm mm, CallbackFailures failures) {
    int id = srcuReadLock(MmuNotifier.SRCU);
    try {
      for (Registration r : list) {
        if (r.claimRelease()) {
          failures.run(() -> r.notifier.release(mm));
        }
      }
      Registration[] removed;
      synchronized (lock) {
        removed = list;
        for (Registration r : removed) {
          r.hashed = false;
        }
        list = EMPTY;
      }
      // Only a caller registering without a USERS pin can add one during the walk; even then
      // it gets its release.
      for (Registration r : removed) {
        if (r.claimRelease()) {
          failures.run(() -> r.notifier.release(mm));
        }
      }
    } finally {
      srcuReadUnlock(MmuNotifier.SRCU, id);
    }
    synchronizeSrcu(MmuNotifier.SRCU);
  }

  /** The release half of {@code mmu_notifier_unregister}: calls it unless exit already did. */
  static void releaseOnUnregister(Registration r, CallbackFailures failures) {
    int id = srcuReadLock(MmuNotifier.SRCU);
    try {
      if (r.claimRelease()) {
        failures.run(() -> r.notifier.release(r.mm));
      }
    } finally {
      srcuReadUnlock(MmuNotifier.SRCU, id);
    }
  }

  boolean clearFlushYoung(Mm mm, long start, long end, CallbackFailures failures) {
    return orYoung(failures, n -> n.clearFlushYoung(mm, start, end), false);
  }

  boolean clearYoung(Mm mm, long start, long end, CallbackFailures failures) {
    return orYoung(failures, n -> n.clearYoung(mm, start, end), false);
  }

  /** Unlike the clear variants, stops at the first notifier that answers young. */
  boolean testYoung(Mm mm, long address, CallbackFailures failures) {
    return orYoung(failures, n -> n.testYoung(mm, address), true);
  }

  void changePte(Mm mm, long address, long pte, CallbackFailures failures) {
    forEach(failures, n -> n.changePte(mm, address, pte));
  }

  void invalidatePage(Mm mm, long address, CallbackFailures failures) {
    forEach(failures, n -> n.invalidatePage(mm, address));
  }

  void invalidateRangeStart(Mm mm, long start, long end, CallbackFailures failures) {
    forEach(failures, n -> n.invalidateRangeStart(mm, start, end));
  }

  /** Also calls {@code invalidateRange}, first, so a notifier needs only one of the two. */
  void invalidateRangeEnd(Mm mm, long start, long end, CallbackFailures failures) {
    forEach(
        failures,
        n -> {
          n.invalidateRange(mm, start, end);
          n.invalidateRangeEnd(mm, start, end);
        });
  }

  private void forEach(CallbackFailures failures, Consumer<MmuNotifier> callback) {
    if (isEmpty()) {
      return; // mm_has_notifiers(): the common case costs one read
    }
    int id = srcuReadLock(MmuNotifier.SRCU);
    try {
      for (Registration r : list) {
        failures.run(() -> callback.accept(r.notifier));
      }
    } finally {
      srcuReadUnlock(MmuNotifier.SRCU, id);
    }
  }

  private boolean orYoung(
      CallbackFailures failures, Predicate<MmuNotifier> callback, boolean stopAtFirstYoung) {
    if (isEmpty()) {
      return false;
    }
    boolean young = false;
    int id = srcuReadLock(MmuNotifier.SRCU);
    try {
      for (Registration r : list) {
        young |= failures.test(() -> callback.test(r.notifier));
        if (young && stopAtFirstYoung) {
          break;
        }
      }
    } finally {
      srcuReadUnlock(MmuNotifier.SRCU, id);
    }
    return young;
  }
}

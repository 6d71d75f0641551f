package gallery;

import static dev.pincheck.runtime.Mm.getTaskMm;
import static dev.pincheck.runtime.Mm.mmapWriteLock;
import static dev.pincheck.runtime.Mm.mmapWriteUnlock;
import static dev.pincheck.runtime.Mm.mmput;
import static dev.pincheck.runtime.MmuNotifier.mmuNotifierRegister;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.MmuNotifier;
import dev.pincheck.runtime.Task;

/**
 * MmapLockMisuse: {@code mmu_notifier_register()} called with the mmap lock held.
 *
 * <p>{@code mmu_notifier_register()} takes {@code mmap_sem} for write itself, so a driver that
 * registers from a path already holding it (a fault or mmap handler, as the SGI GRU driver
 * does) deadlocks on the non-recursive lock. That is why {@code __mmu_notifier_register()}
 * exists.
 *
 * <p>Fix: {@code mmuNotifierRegisterLocked(mn, mm)} under the write lock, or register before
 * taking it.
 */
final class MmapLockMisuse {
  private MmapLockMisuse() {}

  /** Binds a context to the task's mm while setting up its mappings. */
  static boolean bind(MmuNotifier context, Task task) {
    Mm mm = getTaskMm(task);
    if (mm == null) {
      return false;
    }
    mmapWriteLock(mm);
    try {
      // BUG: Diagnostic contains: MmapLockMisuse
      mmuNotifierRegister(context, mm);
    } finally {
      mmapWriteUnlock(mm);
    }
    mmput(mm);
    return true;
  }
}

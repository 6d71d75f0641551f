package gallery;

import static dev.pincheck.runtime.Mm.followPte;
import static dev.pincheck.runtime.Mm.getTaskMm;
import static dev.pincheck.runtime.Mm.mmput;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.Task;

/**
 * PinUnderflow: a double {@code mmput()}: the error branch drops the reference, then falls
 * through to the common exit, which drops it again.
 *
 * <p>The shape of the "fix double mmput" patches in drivers that read a remote address space:
 * an early-exit branch gains an {@code mmput()} but keeps going to the {@code out:} label. When
 * the task exits meanwhile, the second put tears down an address space another user still
 * holds, and {@code mm_users} underflows (refcount_t saturates and warns).
 *
 * <p>Fix: return right after the branch's put, or drop only at the common exit.
 */
final class PinUnderflow {
  private PinUnderflow() {}

  /** The pte mapping {@code address} in the task, 0 when none. */
  static long remotePte(Task task, long address) {
    Mm mm = getTaskMm(task);
    if (mm == null) {
      return 0;
    }
    long pte = followPte(mm, address);
    if (pte == 0) {
      mmput(mm); // "not mapped": release early ... and fall through
    }
    // BUG: Diagnostic contains: PinUnderflow
    mmput(mm);
    return pte;
  }
}

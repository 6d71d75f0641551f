package gallery;

import static dev.pincheck.runtime.Mm.getTaskMm;
import static dev.pincheck.runtime.Mm.mmdrop;
import static dev.pincheck.runtime.Mm.pteYoung;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.Task;

/**
 * PinKindMismatch: a {@code get_task_mm()} reference ({@code mm_users}) dropped with
 * {@code mmdrop()} ({@code mm_count}).
 *
 * <p>The two counters are easy to confuse, and the kernel has fixed both directions (the
 * {@code mmput}/{@code mmdrop} swaps in oom and driver code). Here {@code mm_users} never goes
 * back down, so the address space outlives the process, while {@code mm_count} drops below
 * what its holders own and the struct is freed under them.
 *
 * <p>Fix: {@code mmput(mm)} drops what {@code get_task_mm()} took.
 */
final class PinKindMismatch {
  private PinKindMismatch() {}

  /** Idle page tracking: whether the task touched the page at {@code address}. */
  static boolean pageIdle(Task task, long address) {
    Mm mm = getTaskMm(task);
    if (mm == null) {
      return true;
    }
    boolean young = pteYoung(mm, address);
    // BUG: Diagnostic contains: PinKindMismatch
    mmdrop(mm);
    return !young;
  }
}

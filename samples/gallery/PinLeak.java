package gallery;

import static dev.pincheck.runtime.Mm.PAGE_SIZE;
import static dev.pincheck.runtime.Mm.PTRACE_MODE_READ_FSCREDS;
import static dev.pincheck.runtime.Mm.followPte;
import static dev.pincheck.runtime.Mm.mmAccess;
import static dev.pincheck.runtime.Mm.mmput;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.Task;

/**
 * PinLeak: an error path returns between {@code mm_access()} and {@code mmput()}.
 *
 * <p>The shape of the recurring fs/proc and driver fixes "add missing mmput() on the error
 * path": a reader of another process's memory (here /proc/PID/pagemap) takes an
 * {@code mm_users} reference with {@code mm_access()}, and a later bail-out ({@code -EFAULT}
 * for a short user buffer) returns without the {@code mmput()} at the end. The address space of
 * the target then never goes away after it exits: its pages stay allocated for good.
 *
 * <p>Fix: leave through the common exit ({@code goto out_mm}), here a try/finally.
 */
final class PinLeak {
  private PinLeak() {}

  /** Fills {@code out} with the ptes of [start, end); the count, or a negative errno. */
  static int pagemapRead(Task task, long start, long end, long[] out) {
    // BUG: Diagnostic contains: PinLeak
    Mm mm = mmAccess(task, PTRACE_MODE_READ_FSCREDS);
    if (mm == null) {
      return -13; // -EACCES
    }
    int n = 0;
    for (long address = start; address < end; address += PAGE_SIZE) {
      if (n == out.length) {
        return -14; // -EFAULT: the user buffer is full, and the pin is never dropped
      }
      out[n++] = followPte(mm, address);
    }
    mmput(mm);
    return n;
  }
}

package gallery;

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
 * for a bad user buffer) returns without the {@code mmput()} at the end. The address space of
 * the target then never goes away after it exits: its pages stay allocated for good.
 *
 * <p>Fix: leave through the common exit ({@code goto out_mm}), here a try/finally.
 */
final class PinLeak {
  private PinLeak() {}

  /** Copies the pte mapping {@code address} to {@code out[slot]}: 1, or a negative errno. */
  static int pagemapEntry(Task task, long address, long[] out, int slot) {
    // BUG: Diagnostic contains: PinLeak
    Mm mm = mmAccess(task, PTRACE_MODE_READ_FSCREDS);
    if (mm == null) {
      return -13; // -EACCES
    }
    if (slot < 0 || slot >= out.length) {
      return -14; // -EFAULT: a bad user buffer, and the pin is never dropped
    }
    out[slot] = followPte(mm, address);
    mmput(mm);
    return 1;
  }
}

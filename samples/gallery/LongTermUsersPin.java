package gallery;

import static dev.pincheck.runtime.Mm.getTaskMm;
import static dev.pincheck.runtime.Mm.mmput;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.Task;

/**
 * LongTermUsersPin: a {@code get_task_mm()} reference kept in a driver object for as long as
 * the object lives.
 *
 * <p>The pattern several drivers (RDMA umem, accelerators, binder) moved away from: the
 * {@code mm_users} reference keeps the whole address space of a process that already exited
 * (every page, every mapping) until userspace closes the device file, and can form a
 * reference cycle with the file itself. The kernel rule: keep {@code mm_count} with
 * {@code mmgrab()} for the long term, and take {@code mmget_not_zero()} only around the work.
 */
final class LongTermUsersPin {
  private Mm mm;

  /** The driver's open(): remembers whose memory it will access. */
  boolean open(Task task) {
    Mm pinned = getTaskMm(task);
    if (pinned == null) {
      return false;
    }
    // BUG: Diagnostic contains: LongTermUsersPin
    this.mm = pinned;
    return true;
  }

  /** The driver's release(), whenever userspace gets to close the file. */
  void close() {
    mmput(mm);
  }
}

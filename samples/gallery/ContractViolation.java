package gallery;

import static dev.pincheck.runtime.Mm.getTaskMm;
import static dev.pincheck.runtime.Mm.mmput;

import dev.pincheck.annotations.Pin;
import dev.pincheck.annotations.Pins;
import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.Task;

/**
 * ContractViolation: a function documented to return a referenced mm returns one it already
 * put.
 *
 * <p>Modelled on {@code mm_access()} (kernel/fork.c): after a failed ptrace check it must
 * {@code mmput()} the mm and return an error instead. Forgetting the second half hands the
 * caller a pointer it does not own, and the caller's {@code mmput()} underflows
 * {@code mm_users}.
 *
 * <p>Fix: {@code mm = null;} after the put (the kernel: {@code mm = ERR_PTR(-EACCES)}).
 */
final class ContractViolation {
  private ContractViolation() {}

  /** The task's mm with a USERS pin for the caller, or null when the task may not be traced. */
  @Pins(Pin.USERS)
  static Mm tracedTaskMm(Task task) {
    Mm mm = getTaskMm(task);
    if (mm != null && !task.isDumpable()) {
      mmput(mm);
    }
    // BUG: Diagnostic contains: ContractViolation
    return mm;
  }
}

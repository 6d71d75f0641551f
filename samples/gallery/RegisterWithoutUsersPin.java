package gallery;

import static dev.pincheck.runtime.Mm.mmgrab;
import static dev.pincheck.runtime.MmuNotifier.mmuNotifierRegister;

import dev.pincheck.annotations.Pin;
import dev.pincheck.annotations.Pins;
import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.MmuNotifier;

/**
 * RegisterWithoutUsersPin: a notifier registered on an mm held only by {@code mmgrab()}.
 *
 * <p>{@code do_mmu_notifier_register()} starts with {@code BUG_ON(atomic_read(&mm->mm_users)
 * <= 0)}: registering on an address space that may already be past {@code exit_mmap()} would
 * attach a notifier whose {@code release} never runs. A driver that kept only
 * {@code mm_count} and registers lazily (on first use of the device) hits it when the process
 * exits first.
 *
 * <p>Fix: {@code if (!mmgetNotZero(mm)) return;} before registering, and {@code mmput(mm)}
 * after.
 */
final class RegisterWithoutUsersPin extends MmuNotifier {
  @Pins(Pin.COUNT)
  private final Mm mm;

  RegisterWithoutUsersPin(Mm mm) {
    mmgrab(mm);
    this.mm = mm;
  }

  /** Called on the device's first submission. */
  void arm() {
    // BUG: Diagnostic contains: RegisterWithoutUsersPin
    mmuNotifierRegister(this, mm);
  }
}

package gallery;

import static dev.pincheck.runtime.Mm.mmgetNotZero;
import static dev.pincheck.runtime.Mm.mmgrab;
import static dev.pincheck.runtime.Mm.mmput;
import static dev.pincheck.runtime.Mm.munmap;

import dev.pincheck.annotations.Pin;
import dev.pincheck.annotations.Pins;
import dev.pincheck.runtime.Mm;

/**
 * UncheckedConditionalPin: the result of {@code mmget_not_zero()} is ignored.
 *
 * <p>Modelled on the OOM reaper ({@code __oom_reap_task_mm}), which holds only an
 * {@code mm_count} reference on the victim's mm ({@code signal->oom_mm}) and must test
 * {@code mmget_not_zero()} before touching the address space: the victim may be past
 * {@code exit_mmap()} already. Ignoring the result unmaps pages of a torn-down mm and then
 * {@code mmput()}s a reference that was never taken.
 *
 * <p>Fix: {@code if (!mmgetNotZero(mm)) return;} before the work.
 */
final class UncheckedConditionalPin {
  /** The victim's mm_struct, kept by mmgrab: the address space itself may be gone. */
  @Pins(Pin.COUNT)
  private final Mm oomMm;

  UncheckedConditionalPin(Mm victim) {
    mmgrab(victim);
    this.oomMm = victim;
  }

  /** Frees the victim's memory ahead of its exit. */
  void reap(long start, long length) {
    // BUG: Diagnostic contains: UncheckedConditionalPin
    mmgetNotZero(oomMm);
    munmap(oomMm, start, length);
    mmput(oomMm);
  }
}

package gallery;

import static dev.pincheck.runtime.Mm.followPte;
import static dev.pincheck.runtime.Mm.getTaskMm;
import static dev.pincheck.runtime.Mm.mmput;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.Task;

/**
 * UseAfterRelease: the page tables are read after {@code mmput()}.
 *
 * <p>The shape of the use-after-free fixes where cleanup moved above a last use: once this
 * path's {@code mmput()} may have been the last one, {@code exit_mmap()} can already have
 * freed the page tables that {@code follow_pte()} walks.
 *
 * <p>Fix: read first, {@code mmput()} last.
 */
final class UseAfterRelease {
  private UseAfterRelease() {}

  static long ptePeek(Task task, long address) {
    Mm mm = getTaskMm(task);
    if (mm == null) {
      return 0;
    }
    mmput(mm);
    // BUG: Diagnostic contains: UseAfterRelease
    return followPte(mm, address);
  }
}

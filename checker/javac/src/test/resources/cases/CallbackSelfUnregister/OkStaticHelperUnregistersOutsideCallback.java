import static dev.pincheck.runtime.MmuNotifier.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.MmuNotifier;

/** A helper that waits is fine when no callback calls it. */
class OkStaticHelperUnregistersOutsideCallback extends MmuNotifier {
  private volatile long pages;

  @Override
  public void invalidatePage(Mm mm, long address) {
    pages++;
  }

  static void shutdown(OkStaticHelperUnregistersOutsideCallback n, Mm mm) {
    mmuNotifierUnregister(n, mm);
  }
}

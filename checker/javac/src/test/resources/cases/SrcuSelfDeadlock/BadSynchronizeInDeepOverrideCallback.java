import static dev.pincheck.runtime.MmuNotifier.*;

import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.MmuNotifier;

/** The callback is a callback however many classes lie between it and MmuNotifier. */
class BadSynchronizeInDeepOverrideCallback {
  abstract static class BaseMirror extends MmuNotifier {}

  abstract static class PagedMirror extends BaseMirror {
    abstract void dropPages(long start, long end);
  }

  static final class GpuMirror extends PagedMirror {
    @Override
    void dropPages(long start, long end) {}

    @Override
    public void invalidateRangeStart(Mm mm, long start, long end) {
      dropPages(start, end);
      // BUG: Diagnostic contains: SrcuSelfDeadlock
      mmuNotifierSynchronize();
    }
  }
}

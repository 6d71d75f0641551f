import static dev.pincheck.runtime.MmuNotifier.*;

import dev.pincheck.annotations.TearsDown;
import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.MmuNotifier;
import java.io.IOException;

/** An exception unwind after registering: unhook, then free before any grace period. */
class BadErrorUnwindInCatch {
  static final class Mirror extends MmuNotifier {
    void loadFirmware() throws IOException {}

    @TearsDown
    void destroy() {}
  }

  static void attach(Mirror mn, Mm mm) throws IOException {
    mmuNotifierRegister(mn, mm);
    try {
      mn.loadFirmware();
    } catch (IOException e) {
      mmuNotifierUnregisterNoRelease(mn, mm);
      // BUG: Diagnostic contains: TeardownWithoutGracePeriod
      mn.destroy();
      throw e;
    }
  }
}

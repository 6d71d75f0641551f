import static dev.pincheck.runtime.MmuNotifier.*;

import dev.pincheck.annotations.TearsDown;
import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.MmuNotifier;
import dev.pincheck.runtime.RcuHead;
import java.util.function.Consumer;

/** An instance of a named Consumer class is the deferred function. */
class OkNamedFreerClassAfterGracePeriod {
  static final class Mirror extends MmuNotifier {
    final RcuHead rcu = new RcuHead();

    @TearsDown
    void destroy() {}
  }

  static final class Freer implements Consumer<RcuHead> {
    private final Mirror mirror;

    Freer(Mirror mirror) {
      this.mirror = mirror;
    }

    @Override
    public void accept(RcuHead head) {
      mirror.destroy();
    }
  }

  static void detach(Mirror mn, Mm mm) {
    mmuNotifierUnregisterNoRelease(mn, mm);
    mmuNotifierCallSrcu(mn.rcu, new Freer(mn));
  }
}

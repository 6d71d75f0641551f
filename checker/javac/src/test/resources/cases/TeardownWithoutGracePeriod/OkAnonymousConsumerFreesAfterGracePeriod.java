import static dev.pincheck.runtime.MmuNotifier.*;

import dev.pincheck.annotations.TearsDown;
import dev.pincheck.runtime.Mm;
import dev.pincheck.runtime.MmuNotifier;
import dev.pincheck.runtime.RcuHead;
import java.util.function.Consumer;

class OkAnonymousConsumerFreesAfterGracePeriod {
  static final class Mirror extends MmuNotifier {
    final RcuHead rcu = new RcuHead();

    @TearsDown
    void destroy() {}
  }

  static void detach(Mirror mn, Mm mm) {
    mmuNotifierUnregisterNoRelease(mn, mm);
    mmuNotifierCallSrcu(mn.rcu, new Consumer<RcuHead>() {
      @Override
      public void accept(RcuHead head) {
        mn.destroy();
      }
    });
  }
}

import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;
import java.util.ArrayList;
import java.util.List;

/** Capturing the pinned mm in a lambda hands the pin to it; the lambda drops it once. */
class OkCapturedInLambda {
  private final List<Runnable> deferred = new ArrayList<>();

  void deferDrop(Mm mm) {
    mmgrab(mm);
    deferred.add(() -> mmdrop(mm));
  }
}

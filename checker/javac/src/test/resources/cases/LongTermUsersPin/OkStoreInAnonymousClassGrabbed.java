import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;

/** The anonymous worker keeps an mm_count reference in its own field. */
class OkStoreInAnonymousClassGrabbed {
  static Runnable pinner(Mm source) {
    return new Runnable() {
      private Mm kept;

      @Override
      public void run() {
        mmgrab(source);
        kept = source;
      }
    };
  }
}

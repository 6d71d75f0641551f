import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;

/** The anonymous worker pins mm_users and keeps it in its own field. */
class BadStoreInAnonymousClass {
  static Runnable pinner(Mm source) {
    return new Runnable() {
      private Mm kept;

      @Override
      public void run() {
        if (mmgetNotZero(source)) {
          // BUG: Diagnostic contains: LongTermUsersPin
          kept = source;
        }
      }
    };
  }
}

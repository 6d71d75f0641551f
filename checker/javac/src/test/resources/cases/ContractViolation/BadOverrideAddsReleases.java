import static dev.pincheck.annotations.Pin.USERS;
import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.annotations.Releases;
import dev.pincheck.runtime.Mm;

/** Visitor.visit borrows its mm; the override drops a pin its callers never handed over. */
class BadOverrideAddsReleases {
  abstract static class Visitor {
    abstract void visit(Mm mm);
  }

  static final class Reaper extends Visitor {
    // BUG: Diagnostic contains: ContractViolation
    @Override void visit(@Releases(USERS) Mm mm) {
      mmput(mm);
    }
  }
}

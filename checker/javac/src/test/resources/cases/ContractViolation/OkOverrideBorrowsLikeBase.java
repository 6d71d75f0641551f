import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;

/** Visitor.visit borrows its mm; the override borrows too, taking its own pin for the work. */
class OkOverrideBorrowsLikeBase {
  abstract static class Visitor {
    abstract void visit(Mm mm);
  }

  static final class Ager extends Visitor {
    long aged;

    @Override void visit(Mm mm) {
      if (mmgetNotZero(mm)) {
        aged++;
        mmput(mm);
      }
    }
  }
}

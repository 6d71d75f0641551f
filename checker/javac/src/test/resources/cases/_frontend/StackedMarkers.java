import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;

/** Several markers on one line all apply to the next code line. */
class StackedMarkers {
  static void probe(Mm mm) {
    // BUG: Diagnostic contains: UncheckedConditionalPin
    // BUG: Diagnostic contains: mmgetNotZero

    mmgetNotZero(mm);
  }
}

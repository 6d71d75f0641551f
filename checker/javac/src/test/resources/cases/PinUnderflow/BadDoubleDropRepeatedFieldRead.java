import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;

/** Two reads of the same field are the same mm: the object's pin is dropped twice. */
class BadDoubleDropRepeatedFieldRead {
  private Mm mm;

  void teardown() {
    Mm owner = this.mm;
    Mm current = this.mm;
    mmdrop(owner);
    // BUG: Diagnostic contains: PinUnderflow
    mmdrop(current);
  }
}

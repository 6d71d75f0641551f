import static dev.pincheck.runtime.Mm.*;

import dev.pincheck.runtime.Mm;

/** KVM's order: the reference is stored first, then pinned; the object owns the pin. */
class OkStoreThenGrabField {
  private Mm mm;

  void bind(Mm owner) {
    this.mm = owner;
    mmgrab(this.mm);
  }

  void unbind() {
    mmdrop(this.mm);
  }
}
